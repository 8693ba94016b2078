package dev.why403.release;

import java.time.Instant;
import java.util.List;

/**
 * One try at publishing a release: when, why ({@code trigger}), the version of the files it read, what came of it
 * and how long it took. A failed attempt lists its problems; the release serving before it keeps serving.
 */
public record ReleaseAttempt(
        Instant at,
        String trigger,
        String version,
        Outcome outcome,
        long durationMillis,
        List<ReleaseProblem> problems) {

    public ReleaseAttempt {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** What an attempt came to. */
    public enum Outcome {
        /** A new release was built, passed its checks and now serves. */
        PUBLISHED,
        /** The files came back to what the serving release was built from; nothing to build. */
        UNCHANGED,
        /** The files have problems; the release that served before still serves. */
        FAILED
    }
}
