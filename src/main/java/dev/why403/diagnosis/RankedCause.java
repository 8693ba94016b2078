package dev.why403.diagnosis;

import dev.why403.knowledge.Cause;
import dev.why403.knowledge.Fix;
import java.util.List;

/**
 * A cause in the ranking: its score (prior points plus the findings' points) and its confidence, the share of the
 * odds it holds among the causes still in play.
 */
public record RankedCause(Cause cause, int score, double confidence, List<Finding> findings, List<Fix> fixes) {

    public RankedCause {
        findings = List.copyOf(findings);
        fixes = List.copyOf(fixes);
    }
}
