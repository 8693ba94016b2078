package dev.why403.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.release.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code make check-knowledge} prints and the exit status it gives, on good and on failing knowledge. */
class CheckKnowledgeTest {

    @TempDir
    Path copy;

    @Test
    void goodKnowledgeExitsZeroAndSaysWhatWasChecked() {
        Output output = new Output();
        Path mini = Fixtures.MINI;

        int status = CheckKnowledge.check(mini.resolve("knowledge"), mini.resolve("rules"), output.stream);

        assertThat(status).isZero();
        assertThat(output.text()).startsWith("Release ").contains("is good: 3 causes, 6 rules", "0 scenarios");
    }

    @Test
    void aFailingScenarioExitsOneAndPrintsFileLineAndWhatDiffered() throws IOException {
        copyTree(Fixtures.MINI, copy);
        Files.createDirectories(copy.resolve("knowledge/demo/scenarios"));
        Files.writeString(
                copy.resolve("knowledge/demo/scenarios/limit.yaml"),
                "name: Exhausted limits\ngiven:\n  limit_left: none\nexpect:\n  topCause: token\n");
        Output output = new Output();

        int status = CheckKnowledge.check(copy.resolve("knowledge"), copy.resolve("rules"), output.stream);

        assertThat(status).isEqualTo(1);
        assertThat(output.text())
                .contains("knowledge/demo/scenarios/limit.yaml:5: scenario 'Exhausted limits': expected top cause"
                        + " token, got limit")
                .contains("1 problem(s): this knowledge would not be published");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Captures what the check prints. */
    private static final class Output {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
