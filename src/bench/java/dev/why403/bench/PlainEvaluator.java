package dev.why403.bench;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated rules evaluated by hand-written Java: rules indexed by the fact name of their first pattern, each
 * fact checked against the rules of its name. What a programmer would write instead of a rule engine.
 */
public final class PlainEvaluator {

    private final Map<String, List<GeneratedRule>> byFactName = new HashMap<>();

    public PlainEvaluator(List<GeneratedRule> rules) {
        rules.forEach(rule -> byFactName
                .computeIfAbsent(rule.factName(), name -> new ArrayList<>())
                .add(rule));
    }

    public List<Finding> evaluate(List<Fact> facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact fact : facts) {
            for (GeneratedRule rule : byFactName.getOrDefault(fact.name(), List.of())) {
                if (rule.accepts(fact)) {
                    conclude(rule, fact, facts, findings);
                }
            }
        }
        return findings;
    }

    private static void conclude(GeneratedRule rule, Fact fact, List<Fact> facts, List<Finding> findings) {
        if (rule.shape() != RuleShape.JOIN) {
            findings.add(rule.finding(List.of(fact)));
            return;
        }
        String partner = GeneratedRule.partnerName(rule.key());
        for (Fact other : facts) {
            if (other.name().equals(partner) && other.source().equals(fact.source())) {
                findings.add(rule.finding(List.of(fact, other)));
            }
        }
    }
}
