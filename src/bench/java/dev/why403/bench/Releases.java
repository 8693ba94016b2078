package dev.why403.bench;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.release.Release;
import dev.why403.release.ReleaseBuilder;
import dev.why403.release.ReleasePipeline;
import dev.why403.rules.RuleFiles;
import dev.why403.scenario.ScenarioCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Builds releases the way the service does, from the shipped folders or from generated files. */
public final class Releases {

    public static final Path SHIPPED_KNOWLEDGE = Path.of("knowledge");
    public static final Path SHIPPED_RULES = Path.of("rules");

    private Releases() {}

    public static Release shipped() {
        return build(KnowledgeFiles.read(SHIPPED_KNOWLEDGE), RuleFiles.read(SHIPPED_RULES));
    }

    public static Release generated(RuleSet set) {
        GeneratedFiles files = GeneratedFiles.write(set);
        try {
            return build(files.knowledge(), files.rules());
        } finally {
            files.delete();
        }
    }

    /** Does all a reload does before it publishes: build, warm up, run the scenarios; fails as a reload would. */
    public static ReleasePipeline pipeline() {
        return new ReleasePipeline(List.of(new ScenarioCheck()), Clock.systemUTC());
    }

    public static Release build(KnowledgeFiles knowledge, RuleFiles rules) {
        return new ReleaseBuilder(Releases.class.getClassLoader(), Clock.systemUTC()).build(knowledge, rules);
    }
}
