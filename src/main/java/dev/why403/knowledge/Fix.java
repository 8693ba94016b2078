package dev.why403.knowledge;

import java.util.List;

/** Something to try, by the visitor or the site owner, and the causes it can fix. */
public record Fix(
        String id, String title, String detail, Difficulty difficulty, Audience audience, List<String> causes) {

    public Fix {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }
}
