package dev.why403.knowledge;

import java.util.List;
import java.util.Map;

/** A pattern over a response that identifies a vendor or a cause, and the facts it sets when it matches. */
public record Signature(
        String id,
        String vendor,
        String layer,
        String strength,
        String description,
        List<Condition> when,
        Map<String, String> sets,
        Reference reference) {

    public Signature {
        when = when == null ? List.of() : List.copyOf(when);
        sets = sets == null ? Map.of() : Map.copyOf(sets);
    }

    /**
     * One test on a response. Exactly one of {@code status}, {@code header}, {@code absent} or {@code body} is set;
     * {@code matches} narrows a {@code header} test to values matching a pattern.
     */
    public record Condition(String status, String header, String matches, String absent, String body) {}

    /** An id the vendor put in the response that the site owner can look up, such as a Ray ID. */
    public record Reference(String label, String header, String value) {}
}
