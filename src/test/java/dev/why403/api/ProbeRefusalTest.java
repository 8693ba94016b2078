package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the shipped settings, private and metadata addresses are refused before any connection is made: the literal
 * addresses below are never looked up or contacted.
 */
@QuarkusTest
class ProbeRefusalTest {

    private static final String SECRET = "refused-secret-0a1b2c3d";

    private final List<String> logLines = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
            logLines.add(record.getLevel() + " " + record.getMessage() + " " + Arrays.toString(parameters));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9/"})
    void aPrivateTargetIsRefusedWithAProblem(String url) {
        given().contentType(ContentType.JSON)
                .body(Map.of("probe", Map.of("url", url, "headers", Map.of("Authorization", "Bearer " + SECRET))))
                .post("/api/sessions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Target refused"))
                .body("field", equalTo("/probe/url"))
                .body("detail", containsString("may not reach"));

        assertThat(logLines).anyMatch(line -> line.startsWith("INFO") && line.contains("Probe refused"));
        assertThat(logLines).noneMatch(line -> line.contains(SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "not a url", "/relative/path"})
    void aUrlThatCannotBeProbedIsBadInput(String url) {
        given().contentType(ContentType.JSON)
                .body(Map.of("probe", Map.of("url", url)))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("/probe/url"));
    }
}
