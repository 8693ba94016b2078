package dev.why403.scenario;

import dev.why403.release.Release;
import dev.why403.release.ReleaseException;
import dev.why403.release.ReleasePipeline;
import dev.why403.release.ReleaseProblem;
import dev.why403.release.ReleaseSources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code make check-knowledge}: builds a release from the knowledge and rule folders and runs its scenarios, exactly
 * as a reload does, without starting the web service. Prints each problem as file:line: message; exits 1 on any.
 */
public final class CheckKnowledge {

    private CheckKnowledge() {}

    /** Arguments: the knowledge folder and the rules folder; defaults {@code knowledge} and {@code rules}. */
    public static void main(String[] args) {
        Path knowledge = Path.of(args.length > 0 ? args[0] : "knowledge");
        Path rules = Path.of(args.length > 1 ? args[1] : "rules");
        System.exit(check(knowledge, rules, System.out));
    }

    static int check(Path knowledgeDir, Path rulesDir, PrintStream out) {
        long started = System.nanoTime();
        try {
            ReleaseSources sources = ReleaseSources.read(knowledgeDir, rulesDir);
            Release release = new ReleasePipeline(List.of(new ScenarioCheck()), Clock.systemUTC()).build(sources);
            out.printf(
                    "Release %s is good: %d causes, %d rules, %d signatures, %d scenarios passed in %d ms%n",
                    release.version(),
                    release.knowledge().causes().size(),
                    release.rules().ruleCount(),
                    release.knowledge().signatures().size(),
                    release.knowledge().scenarios().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (ReleaseException e) {
            e.problems().stream().map(ReleaseProblem::toString).forEach(out::println);
            out.printf(
                    "%d problem(s): this knowledge would not be published%n",
                    e.problems().size());
            return 1;
        }
    }
}
