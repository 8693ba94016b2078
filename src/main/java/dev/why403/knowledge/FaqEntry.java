package dev.why403.knowledge;

import java.util.List;

/** A frequently asked question; with no causes it applies to every diagnosis. */
public record FaqEntry(String id, String question, String answer, List<String> causes) {

    public FaqEntry {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }

    public boolean general() {
        return causes.isEmpty();
    }
}
