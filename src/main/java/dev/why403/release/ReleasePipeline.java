package dev.why403.release;

import dev.why403.rules.RuleLoopException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Turns files into a release ready to serve: build, warm up, then every check; all problems or a release. */
public final class ReleasePipeline {

    private final ReleaseBuilder builder;
    private final List<ReleaseCheck> checks;

    public ReleasePipeline(List<ReleaseCheck> checks, Clock clock) {
        this.builder = new ReleaseBuilder(Release.class.getClassLoader(), clock);
        this.checks = List.copyOf(checks);
    }

    public Release build(ReleaseSources sources) {
        Release release = builder.build(sources.knowledge(), sources.rules());
        warmUp(release);

        List<ReleaseProblem> problems = new ArrayList<>();
        checks.forEach(check -> problems.addAll(check.check(release)));
        if (!problems.isEmpty()) {
            throw new ReleaseException(problems);
        }
        return release;
    }

    /** The first evaluation on a new rule base is slow; pay for it before anyone waits on it. */
    private static void warmUp(Release release) {
        try {
            release.diagnoser().rank(List.of());
        } catch (RuleLoopException e) {
            throw new ReleaseException(
                    List.of(new ReleaseProblem("rules/", 0, 0, "with no facts at all, " + e.getMessage())));
        }
    }
}
