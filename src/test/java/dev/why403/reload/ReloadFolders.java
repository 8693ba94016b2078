package dev.why403.reload;

import dev.why403.release.Fixtures;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the small test knowledge that the reload tests own and edit; the repository's own folders are never
 * touched. The copy is made fresh before the application starts and removed when it stops.
 */
public class ReloadFolders implements QuarkusTestResourceLifecycleManager {

    public static final Path ROOT = Path.of("target/reload-test");
    public static final Path KNOWLEDGE = ROOT.resolve("knowledge");
    public static final Path RULES = ROOT.resolve("rules");

    @Override
    public Map<String, String> start() {
        delete(ROOT);
        copy(Fixtures.MINI.resolve("knowledge"), KNOWLEDGE);
        copy(Fixtures.MINI.resolve("rules"), RULES);
        return Map.of(
                "why403.knowledge-dir",
                KNOWLEDGE.toString(),
                "why403.rules-dir",
                RULES.toString(),
                "why403.reload.enabled",
                "true",
                "why403.reload.rescan",
                "0s",
                "why403.reload.build-timeout",
                "5s");
    }

    @Override
    public void stop() {
        delete(ROOT);
    }

    /** Puts the folders back as the fixture has them. */
    public static void restore() {
        delete(ROOT.resolve("knowledge/demo/scenarios"));
        deleteAdded(Fixtures.MINI.resolve("knowledge"), KNOWLEDGE);
        deleteAdded(Fixtures.MINI.resolve("rules"), RULES);
        copy(Fixtures.MINI.resolve("knowledge"), KNOWLEDGE);
        copy(Fixtures.MINI.resolve("rules"), RULES);
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target) || Files.mismatch(source, target) != -1) {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the files a test added (by an upload, say) that the fixture does not have. */
    private static void deleteAdded(Path fixture, Path copy) {
        try (Stream<Path> paths = Files.walk(copy)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (!Files.exists(fixture.resolve(copy.relativize(file).toString()))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
