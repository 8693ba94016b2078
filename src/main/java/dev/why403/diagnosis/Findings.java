package dev.why403.diagnosis;

import dev.why403.diagnosis.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules conclude. Each call records the rule's name and the facts it matched, so that
 * evidence can always be traced back. One instance per evaluation.
 */
public final class Findings {

    /** The name rules declare this global under. */
    public static final String GLOBAL = "findings";

    private final Set<String> causes;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unknownCauses = new ArrayList<>();

    public Findings(Set<String> causes) {
        this.causes = causes;
    }

    public void support(RuleContext rule, String cause, int weight, String evidence) {
        add(rule, cause, Kind.SUPPORTS, Math.abs(weight), evidence);
    }

    public void oppose(RuleContext rule, String cause, int weight, String evidence) {
        add(rule, cause, Kind.OPPOSES, Math.abs(weight), evidence);
    }

    public void ruleOut(RuleContext rule, String cause, String evidence) {
        add(rule, cause, Kind.RULES_OUT, 0, evidence);
    }

    public List<Finding> all() {
        return List.copyOf(findings);
    }

    /** Causes that rules named but the knowledge does not have; their findings are left out. */
    public List<String> unknownCauses() {
        return List.copyOf(unknownCauses);
    }

    private void add(RuleContext rule, String cause, Kind kind, int weight, String evidence) {
        if (!causes.contains(cause)) {
            unknownCauses.add(cause);
            return;
        }
        List<Fact> matched = rule.getMatch().getObjects().stream()
                .filter(Fact.class::isInstance)
                .map(Fact.class::cast)
                .toList();
        findings.add(new Finding(cause, kind, weight, evidence, rule.getRule().getName(), matched));
    }
}
