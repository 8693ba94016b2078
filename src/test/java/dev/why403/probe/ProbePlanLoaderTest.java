package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbePlanLoaderTest {

    private static final String HEADER = """
            userAgents:
              browser: "Mozilla/5.0"
              script: "curl/8"
            loginPage: "/login"
            probes:
            """;

    @TempDir
    Path folder;

    private final ProbePlanLoader loader = new ProbePlanLoader();

    @Test
    void loadsTheShippedPlanWithEveryRequiredProbe() {
        ProbePlan plan = loader.load(Path.of("knowledge/http-403/probes.yaml"));

        assertThat(plan.probes())
                .extracting(Probe::id)
                .containsExactly(
                        "as-given",
                        "without-credentials",
                        "head",
                        "options",
                        "browser-user-agent",
                        "script-user-agent",
                        "with-referer-origin",
                        "without-referer-origin",
                        "trailing-slash-toggled",
                        "parent-path",
                        "other-scheme");
        assertThat(plan.probes().get(0).change()).isEqualTo(ProbeChange.NONE);
        assertThat(plan.probes().get(8).change().path()).isEqualTo(ProbeChange.Path.TOGGLE_TRAILING_SLASH);
        assertThat(plan.loginPattern().matcher("/users/sign-in?next=/x").find()).isTrue();
        assertThat(plan.userAgents().browser()).endsWith("like Gecko) Chrome/131.0.0.0 Safari/537.36");
    }

    @Test
    void namesFileAndLineOfAnUnknownChange() throws IOException {
        Path file = write(HEADER + "  - id: up\n    description: Up.\n    change:\n      path: upwards\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ProbePlanException.class)
                .hasMessageStartingWith(file + " line 9:")
                .hasMessageContaining("upwards")
                .hasMessageContaining("probes[0].change.path");
    }

    @Test
    void refusesUnsafeMethods() throws IOException {
        Path file = write(HEADER + "  - id: delete\n    description: No.\n    change:\n      method: DELETE\n");

        assertThatThrownBy(() -> loader.load(file))
                .hasMessageContaining("line 9")
                .hasMessageContaining("DELETE");
    }

    @Test
    void refusesDuplicateIdsAndUnknownFields() throws IOException {
        Path twice = write("twice.yaml", HEADER + "  - id: a\n    description: A.\n  - id: a\n    description: B.\n");
        Path unknown = write("unknown.yaml", HEADER + "  - id: a\n    payload: x\n    description: A.\n");

        assertThatThrownBy(() -> loader.load(twice)).hasMessageContaining("probe id 'a' is used twice");
        // Jackson places an unknown field of a record at the end of its entry; the path names the field itself.
        assertThatThrownBy(() -> loader.load(unknown))
                .hasMessageContaining("line 9")
                .hasMessageContaining("probes[0].payload");
    }

    @Test
    void refusesAliasesThatJacksonWouldReadAsPlainText() throws IOException {
        Path file = write(HEADER + "  - id: a\n    description: &d A.\n  - id: b\n    description: *d\n");

        assertThatThrownBy(() -> loader.load(file))
                .hasMessageContaining("line 9")
                .hasMessageContaining("anchors and aliases");
    }

    private Path write(String yaml) throws IOException {
        return write("probes.yaml", yaml);
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }
}
