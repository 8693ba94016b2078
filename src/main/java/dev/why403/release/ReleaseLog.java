package dev.why403.release;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The log lines of reloads, one per attempt: INFO when a release is published (or the files came back to the
 * serving one), WARN when a reload fails and the old release keeps serving, ERROR when there is nothing to serve.
 * Problems name files, lines and rule names, never the text of a pasted response.
 */
final class ReleaseLog {

    private static final Logger LOG = Logger.getLogger(CurrentRelease.class);

    /** A failed reload's line names this many problems; the status endpoint has them all. */
    private static final int LOGGED_PROBLEMS = 3;

    private ReleaseLog() {}

    static void unchangedFiles(String trigger, String version) {
        LOG.debugf("Reload (%s): files unchanged at version %s", trigger, version);
    }

    static void tried(Trial trial) {
        LOG.debugf(
                "Dry run of release %s: %s with %d problem(s)",
                trial.version(),
                trial.valid() ? "would publish" : "refused",
                trial.problems().size());
    }

    static void succeeded(ReleaseAttempt attempt, Release serving) {
        LOG.infof(
                "Reload (%s): release %s %s in %d ms: %d causes, %d rules, %d signatures, %d scenarios",
                attempt.trigger(),
                attempt.version(),
                attempt.outcome().name().toLowerCase(Locale.ROOT),
                attempt.durationMillis(),
                serving.knowledge().causes().size(),
                serving.rules().ruleCount(),
                serving.knowledge().signatures().size(),
                serving.knowledge().scenarios().size());
    }

    static void failed(ReleaseAttempt attempt, Release serving) {
        LOG.warnf(
                "Reload (%s) of release %s failed in %d ms with %d problem(s); release %s keeps serving: %s",
                attempt.trigger(),
                attempt.version(),
                attempt.durationMillis(),
                attempt.problems().size(),
                serving.version(),
                firstProblems(attempt));
    }

    static void nothingToServe(ReleaseAttempt attempt, Path knowledgeDir, Path rulesDir) {
        LOG.errorf(
                "Release %s from %s and %s failed in %d ms with %d problem(s), nothing to serve: %s",
                attempt.version(),
                knowledgeDir,
                rulesDir,
                attempt.durationMillis(),
                attempt.problems().size(),
                firstProblems(attempt));
    }

    private static String firstProblems(ReleaseAttempt attempt) {
        return attempt.problems().stream()
                .limit(LOGGED_PROBLEMS)
                .map(ReleaseProblem::toString)
                .collect(Collectors.joining("; "));
    }
}
