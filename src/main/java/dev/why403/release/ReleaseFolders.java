package dev.why403.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes the knowledge and rule folders hold exactly the files of a release, so that the watcher and the next start
 * read what was published. Each file is written to a temporary file beside it and moved over the old one in one
 * step: a reader sees the old text or the new, never half of it. Only changed files are touched.
 */
final class ReleaseFolders {

    private final Path knowledgeDir;
    private final Path rulesDir;

    ReleaseFolders(Path knowledgeDir, Path rulesDir) {
        this.knowledgeDir = knowledgeDir;
        this.rulesDir = rulesDir;
    }

    void write(ReleaseSources target) {
        ReleaseSources onDisk = ReleaseSources.read(knowledgeDir, rulesDir);

        sync(knowledgeDir, onDisk.knowledge().texts(), target.knowledge().texts());
        sync(rulesDir, onDisk.rules().texts(), target.rules().texts());
    }

    private static void sync(Path root, Map<String, String> onDisk, Map<String, String> target) {
        target.forEach((file, text) -> {
            if (!Objects.equals(onDisk.get(file), text)) {
                replace(root.resolve(file), text);
            }
        });
        onDisk.keySet().stream().filter(file -> !target.containsKey(file)).forEach(file -> delete(root.resolve(file)));
    }

    private static void replace(Path file, String text) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            // The temporary name ends in neither .yaml nor .drl, so a reload that reads the folder meanwhile skips it.
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            keepPermissions(file, temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A temporary file is readable by its owner only; the file it replaces keeps the permissions it had, and a new
     * file gets those of an ordinary file (rw-r--r--), as an editor would leave it.
     */
    private static void keepPermissions(Path file, Path temporary) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(file)
                    ? Files.getPosixFilePermissions(file)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: it has no such permissions to keep.
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
