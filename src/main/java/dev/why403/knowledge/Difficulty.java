package dev.why403.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How hard a fix is to carry out; fixes are shown from easy to hard. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Difficulty of(String label) {
        return Labels.parse(Difficulty.class, label);
    }
}
