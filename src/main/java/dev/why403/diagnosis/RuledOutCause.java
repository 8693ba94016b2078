package dev.why403.diagnosis;

import dev.why403.knowledge.Cause;
import java.util.List;

/** A cause that decisive evidence took out of the ranking, with that evidence. */
public record RuledOutCause(Cause cause, List<Finding> findings) {

    public RuledOutCause {
        findings = List.copyOf(findings);
    }
}
