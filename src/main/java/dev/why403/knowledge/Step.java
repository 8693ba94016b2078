package dev.why403.knowledge;

import java.util.List;

/** One step of the guided diagnosis, with a tip, and the causes it helps to confirm or rule out. */
public record Step(String id, int order, String title, String detail, String tip, List<String> causes) {

    public Step {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }
}
