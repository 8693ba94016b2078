package dev.why403.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads the text of every file below a folder whose name passes a test, keyed by '/'-separated relative path. */
public final class TextFiles {

    private TextFiles() {}

    public static Map<String, String> read(Path root, Predicate<String> fileName) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile)
                    .filter(path -> fileName.test(path.getFileName().toString()))
                    .forEach(path -> texts.put(relative(root, path), readText(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + root, e);
        }
        return texts;
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
