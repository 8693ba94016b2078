package dev.why403.diagnosis;

import java.util.List;

/** What one rule concluded about one cause, with the facts it matched. */
public record Finding(String cause, Kind kind, int weight, String evidence, String rule, List<Fact> facts) {

    public Finding {
        facts = List.copyOf(facts);
    }

    /** The signed number of points this finding adds to its cause's score. */
    public int points() {
        return switch (kind) {
            case SUPPORTS -> weight;
            case OPPOSES -> -weight;
            case RULES_OUT -> 0;
        };
    }

    /** How a finding bears on its cause. */
    public enum Kind {
        SUPPORTS,
        OPPOSES,
        RULES_OUT
    }
}
