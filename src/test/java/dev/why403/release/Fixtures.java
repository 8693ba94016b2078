package dev.why403.release;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.rules.RuleFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Releases built from the small test knowledge in src/test/resources/fixtures/mini, optionally with edits. */
public final class Fixtures {

    public static final Path MINI = Path.of("src/test/resources/fixtures/mini");

    private Fixtures() {}

    public static Release mini() {
        return build(knowledge(), rules());
    }

    public static KnowledgeFiles knowledge() {
        return KnowledgeFiles.read(MINI.resolve("knowledge"));
    }

    public static RuleFiles rules() {
        return RuleFiles.read(MINI.resolve("rules"));
    }

    public static KnowledgeFiles knowledgeWith(String file, String text) {
        Map<String, String> texts = new HashMap<>(knowledge().texts());
        texts.put(file, text);
        return new KnowledgeFiles(texts);
    }

    public static RuleFiles rulesWith(String file, String text) {
        Map<String, String> texts = new HashMap<>(rules().texts());
        texts.put(file, text);
        return new RuleFiles(texts);
    }

    public static Release build(KnowledgeFiles knowledge, RuleFiles rules) {
        return new ReleaseBuilder(Fixtures.class.getClassLoader(), Clock.systemUTC()).build(knowledge, rules);
    }
}
