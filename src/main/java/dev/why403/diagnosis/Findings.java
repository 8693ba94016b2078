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
    private final boolean logical;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unknownCauses = new ArrayList<>();

    /** How many findings were concluded in logical mode, to number them in firing order. */
    private long concluded;

    public Findings(Set<String> causes) {
        this(causes, false);
    }

    private Findings(Set<String> causes, boolean logical) {
        this.causes = causes;
        this.logical = logical;
    }

    /**
     * Findings kept in the rule session as logical insertions instead of in a list: for simulations, where a fact is
     * added and taken back and what the rules concluded from it must go with it.
     */
    static Findings logical(Set<String> causes) {
        return new Findings(causes, true);
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
        Finding finding =
                new Finding(cause, kind, weight, evidence, rule.getRule().getName(), matched);
        if (logical) {
            rule.insertLogical(new Concluded(finding, concluded++));
        } else {
            findings.add(finding);
        }
    }

    /**
     * A finding held in a rule session. Identity, not equality, as in the list of an evaluation: two equal findings
     * from two firings count twice there, so they must here too (truth maintenance merges equal objects).
     */
    static final class Concluded {

        private final Finding finding;
        private final long order;

        Concluded(Finding finding, long order) {
            this.finding = finding;
            this.order = order;
        }

        Finding finding() {
            return finding;
        }

        /** When the rules concluded it, relative to the other findings of the session. */
        long order() {
            return order;
        }
    }
}
