package dev.why403.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fact name of the vocabulary: either an enumeration of values or free text matching a pattern. Every fact also
 * takes {@code unknown}, the "don't know" answer. A fact is set by a question or a signature of the knowledge;
 * otherwise {@code setBy} says what sets it (one of {@link #SET_BY}).
 */
public record FactDefinition(String name, String meaning, List<FactValue> values, String pattern, String setBy) {

    public static final String UNKNOWN = "unknown";

    /**
     * What sets facts without a question or a signature: the request, the response and the probes, read by why403
     * itself, or a client that gives the fact directly (an API integration that knows its own context).
     */
    public static final List<String> SET_BY = List.of("request", "response", "probe", "given");

    public FactDefinition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean enumerated() {
        return !values.isEmpty();
    }

    public boolean allows(String value) {
        if (value == null) {
            return false;
        }
        if (UNKNOWN.equals(value)) {
            return true;
        }
        if (enumerated()) {
            return values.stream().anyMatch(allowed -> allowed.value().equals(value));
        }
        return pattern == null || Pattern.compile(pattern).matcher(value).matches();
    }

    public Optional<FactValue> value(String value) {
        return values.stream().filter(allowed -> allowed.value().equals(value)).findFirst();
    }

    /** One allowed value of an enumerated fact. */
    public record FactValue(String value, String meaning) {}
}
