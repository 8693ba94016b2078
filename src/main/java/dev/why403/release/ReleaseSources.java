package dev.why403.release;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.rules.RuleFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The text of every knowledge and rule file a release is built from, read at one moment. */
public record ReleaseSources(KnowledgeFiles knowledge, RuleFiles rules) {

    /** Reads both folders; a folder that cannot be read is a problem of the release, not a crash. */
    public static ReleaseSources read(Path knowledgeDir, Path rulesDir) {
        try {
            return new ReleaseSources(KnowledgeFiles.read(knowledgeDir), RuleFiles.read(rulesDir));
        } catch (UncheckedIOException e) {
            String message = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause());
            throw new ReleaseException(List.of(new ReleaseProblem(knowledgeDir + ", " + rulesDir, 0, 0, message)));
        }
    }

    /** The version a release built from these files has: the same files always give the same version. */
    public String version() {
        return ReleaseBuilder.version(knowledge, rules);
    }
}
