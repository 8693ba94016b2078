package dev.why403.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The text of every YAML file below a knowledge folder, by path relative to it ('/' separated, sorted). */
public record KnowledgeFiles(Map<String, String> texts) {

    public KnowledgeFiles {
        texts = Map.copyOf(new TreeMap<>(texts));
    }

    public static KnowledgeFiles read(Path root) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile)
                    .filter(KnowledgeFiles::isYaml)
                    .forEach(path -> texts.put(relative(root, path), readText(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge folder " + root, e);
        }
        return new KnowledgeFiles(texts);
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
