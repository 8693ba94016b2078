package dev.why403.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The text of every DRL file below a rules folder, by path relative to it ('/' separated, sorted). */
public record RuleFiles(Map<String, String> texts) {

    public RuleFiles {
        texts = Map.copyOf(new TreeMap<>(texts));
    }

    public static RuleFiles read(Path root) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .forEach(path -> texts.put(relative(root, path), readText(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + root, e);
        }
        return new RuleFiles(texts);
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
