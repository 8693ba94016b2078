package dev.why403.release;

import java.util.List;

/**
 * A check a built release must pass before it is published, such as the knowledge's own scenarios. Implementations
 * live outside this package, so that a release can be checked by parts of why403 that themselves use releases.
 */
public interface ReleaseCheck {

    /** What is wrong with the release, each problem with its file and line; empty when it may be published. */
    List<ReleaseProblem> check(Release release);
}
