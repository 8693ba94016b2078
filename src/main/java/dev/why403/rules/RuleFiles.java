package dev.why403.rules;

import dev.why403.files.TextFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The text of every DRL file below a rules folder, by path relative to it ('/' separated, sorted). */
public record RuleFiles(Map<String, String> texts) {

    public RuleFiles {
        // Map.copyOf would forget the order; readers rely on files coming in path order, run after run.
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public static RuleFiles read(Path root) {
        return new RuleFiles(TextFiles.read(root, name -> name.endsWith(".drl")));
    }
}
