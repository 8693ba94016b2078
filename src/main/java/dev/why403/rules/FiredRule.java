package dev.why403.rules;

import java.util.List;

/** A rule that fired, and the objects it matched. */
public record FiredRule(String name, String packageName, List<Object> matched) {

    public FiredRule {
        matched = List.copyOf(matched);
    }
}
