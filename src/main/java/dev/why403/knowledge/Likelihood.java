package dev.why403.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How likely a cause is before any evidence, and what that is worth as points in the ranking. */
public enum Likelihood {
    HIGH(2),
    MEDIUM(1),
    LOW(0);

    private final int priorPoints;

    Likelihood(int priorPoints) {
        this.priorPoints = priorPoints;
    }

    public int priorPoints() {
        return priorPoints;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Likelihood of(String label) {
        return Labels.parse(Likelihood.class, label);
    }
}
