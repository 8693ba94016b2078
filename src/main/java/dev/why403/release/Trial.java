package dev.why403.release;

import java.util.List;
import java.util.Optional;

/**
 * What publishing some files would come to, found without publishing them: the version they would have, and the
 * release built from them when they pass every check, or every problem when they do not.
 */
public record Trial(String version, ReleaseSources sources, Optional<Release> release, List<ReleaseProblem> problems) {

    public Trial {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return release.isPresent();
    }
}
