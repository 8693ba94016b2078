package dev.why403.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who can carry out a fix: the visitor who got the 403, or whoever runs the server. */
public enum Audience {
    VISITOR,
    OWNER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Audience of(String label) {
        return Labels.parse(Audience.class, label);
    }
}
