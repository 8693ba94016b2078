package dev.why403.bench;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.Findings;
import dev.why403.knowledge.Cause;
import dev.why403.release.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that the rule engine and the plain evaluator conclude the same findings from the same facts. */
public final class Equivalence {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(finding -> finding.facts().toString());

    private Equivalence() {}

    /** Throws, naming the first input where they differ; returns how many findings were compared. */
    public static int check(Release release, PlainEvaluator plain, List<List<Fact>> inputs) {
        int compared = 0;
        for (List<Fact> facts : inputs) {
            List<Finding> engine = sorted(engineFindings(release, facts));
            List<Finding> expected = sorted(plain.evaluate(facts));
            if (!engine.equals(expected)) {
                throw new IllegalStateException(
                        "the engine and the plain evaluator differ for " + facts + ":\n" + engine + "\n" + expected);
            }
            compared += engine.size();
        }
        if (compared == 0) {
            throw new IllegalStateException("no rule fired for any input: the check compared nothing");
        }
        return compared;
    }

    static List<Finding> engineFindings(Release release, List<Fact> facts) {
        Set<String> causes =
                release.knowledge().causes().stream().map(Cause::id).collect(Collectors.toSet());
        Findings findings = new Findings(causes);
        release.rules().evaluate(facts, Map.of(Findings.GLOBAL, findings));
        return findings.all();
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ORDER);
        return copy;
    }
}
