package dev.why403.release;

import dev.why403.diagnosis.Diagnoser;
import dev.why403.knowledge.Knowledge;
import dev.why403.observation.SignatureSet;
import dev.why403.rules.RuleBase;
import java.time.Instant;

/**
 * Knowledge and rules loaded together, identified by the hash of their files. Immutable: a diagnosis that starts
 * on a release finishes on it, whatever is published meanwhile.
 */
public record Release(String version, Instant builtAt, Knowledge knowledge, RuleBase rules, SignatureSet signatures) {

    public Diagnoser diagnoser() {
        return new Diagnoser(knowledge, rules);
    }
}
