package dev.why403.bench;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.rules.RuleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A generated rule set written to a temporary folder as rules/ and knowledge/, the way the service reads them. */
public final class GeneratedFiles {

    /** Rules per DRL file, near what an author would keep in one file of a large rule set. */
    static final int RULES_PER_FILE = 500;

    private final Path root;

    private GeneratedFiles(Path root) {
        this.root = root;
    }

    public static GeneratedFiles write(RuleSet set) {
        try {
            GeneratedFiles files = new GeneratedFiles(Files.createTempDirectory("why403-bench-" + set.label()));
            files.writeRules(set.rules());
            files.writeAll(files.knowledgeDir(), KnowledgeWriter.files(set));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated rules", e);
        }
    }

    public KnowledgeFiles knowledge() {
        return KnowledgeFiles.read(knowledgeDir());
    }

    public RuleFiles rules() {
        return RuleFiles.read(root.resolve("rules"));
    }

    /** Removes the temporary folder. */
    public void delete() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }

    private Path knowledgeDir() {
        return root.resolve("knowledge");
    }

    private void writeRules(List<GeneratedRule> rules) throws IOException {
        Path folder = root.resolve("rules").resolve(DrlWriter.PACKAGE);
        Files.createDirectories(folder);
        for (int start = 0; start < rules.size(); start += RULES_PER_FILE) {
            List<GeneratedRule> part = rules.subList(start, Math.min(rules.size(), start + RULES_PER_FILE));
            Files.writeString(
                    folder.resolve(String.format("rules-%03d.drl", start / RULES_PER_FILE)), DrlWriter.file(part));
        }
    }

    private void writeAll(Path folder, Map<String, String> texts) throws IOException {
        for (var entry : texts.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
        }
    }
}
