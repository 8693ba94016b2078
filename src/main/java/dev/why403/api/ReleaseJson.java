package dev.why403.api;

import dev.why403.knowledge.Knowledge;
import dev.why403.release.Release;
import dev.why403.release.ReleaseProblem;
import dev.why403.release.Trial;
import dev.why403.session.SessionReplay;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the release endpoints that take proposed files. */
final class ReleaseJson {

    private ReleaseJson() {}

    /** Files proposed for the next release, by path relative to the repository; null deletes a file. */
    public record FilesInput(Map<String, String> files) {}

    /** A dry run: the version the files would have, what they hold, and every problem (none when valid). */
    public record Validation(
            boolean valid,
            String version,
            String serving,
            int knowledgeFiles,
            int ruleFiles,
            Counts counts,
            List<Problem.Location> problems) {

        static Validation of(Trial trial, Release serving) {
            return new Validation(
                    trial.valid(),
                    trial.version(),
                    serving.version(),
                    trial.sources().knowledge().texts().size(),
                    trial.sources().rules().texts().size(),
                    trial.release().map(Counts::of).orElse(null),
                    locations(trial.problems()));
        }
    }

    /** What a release holds; only known for files that built. */
    public record Counts(int causes, int fixes, int questions, int facts, int signatures, int scenarios, int rules) {

        static Counts of(Release release) {
            Knowledge knowledge = release.knowledge();
            return new Counts(
                    knowledge.causes().size(),
                    knowledge.fixes().size(),
                    knowledge.questions().size(),
                    knowledge.facts().size(),
                    knowledge.signatures().size(),
                    knowledge.scenarios().size(),
                    release.rules().ruleCount());
        }
    }

    /** Stored sessions diagnosed on the serving release and on the proposed one, and those that would change. */
    public record Replay(
            String version,
            String serving,
            long stored,
            int replayed,
            int changed,
            int unchanged,
            List<SessionReplay.Change> changes) {

        static Replay of(String version, String serving, SessionReplay.Result result) {
            int changed = result.changes().size();
            return new Replay(
                    version,
                    serving,
                    result.stored(),
                    result.replayed(),
                    changed,
                    result.replayed() - changed,
                    result.changes());
        }
    }

    static List<Problem.Location> locations(List<ReleaseProblem> problems) {
        return problems.stream()
                .map(problem ->
                        new Problem.Location(problem.file(), problem.line(), problem.column(), problem.message()))
                .toList();
    }
}
