package dev.why403.knowledge;

import dev.why403.files.TextFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The text of every YAML file below a knowledge folder, by path relative to it ('/' separated, sorted). */
public record KnowledgeFiles(Map<String, String> texts) {

    public KnowledgeFiles {
        // Map.copyOf would forget the order; readers rely on files coming in path order, run after run.
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public static KnowledgeFiles read(Path root) {
        return new KnowledgeFiles(TextFiles.read(root, name -> name.endsWith(".yaml") || name.endsWith(".yml")));
    }
}
