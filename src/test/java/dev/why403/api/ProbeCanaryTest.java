package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.observation.HttpResponse.Header;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A canary credential sent in probe headers and the URL, and echoed back by the site, must never appear in the
 * logs, the database or any answer of the API.
 */
@QuarkusTest
@TestProfile(LoopbackProfile.class)
class ProbeCanaryTest {

    private static final String CANARY = "canary-7f3a9c2e51d84b6b";

    @Inject
    DataSource database;

    private final List<String> logLines = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getLoggerName() + " " + record.getMessage() + " " + params(record) + " "
                    + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    // A careless site that echoes what it got: the token in its body, its headers and a redirect.
    private final LoopbackSite site = new LoopbackSite(exchange -> {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (exchange.getRequestURI().getPath().equals("/moved")) {
            return LoopbackSite.of(302, "", new Header("Location", "/files/report?access_token=" + CANARY));
        }
        return LoopbackSite.of(
                403,
                "{\"message\":\"token " + authorization + " may not read this\"}",
                new Header("X-Echo", authorization),
                new Header("Set-Cookie", "session=" + CANARY + "; Path=/; HttpOnly"));
    });

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        site.close();
    }

    @Test
    void theCanaryIsNeverLoggedStoredOrShown() throws SQLException {
        Map<String, Object> probe = Map.of(
                "url", site.url("/files/report?access_token=" + CANARY),
                "headers", Map.of("Authorization", "Bearer " + CANARY, "Cookie", "sid=" + CANARY));
        String created = given().contentType(ContentType.JSON)
                .body(Map.of("probe", probe))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("probe", probe))
                .post("/api/sessions")
                .then()
                .extract()
                .path("id");
        String probed = given().contentType(ContentType.JSON)
                .body(Map.of("url", site.url("/moved"), "headers", Map.of("X-Api-Key", CANARY)))
                .post("/api/sessions/" + id + "/probes")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String read = given().get("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(created).contains("[redacted]").doesNotContain(CANARY);
        assertThat(probed).contains("[redacted]").doesNotContain(CANARY);
        assertThat(read).doesNotContain(CANARY);
        String stored = dump("diagnosis_session") + dump("session_probe");
        assertThat(stored).contains("[redacted]").doesNotContain(CANARY);
        assertThat(logLines).anyMatch(line -> line.contains("dev.why403")).noneMatch(line -> line.contains(CANARY));
    }

    private String dump(String table) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.append(result.getString(column)).append('|');
                }
                rows.append('\n');
            }
        }
        assertThat(rows).as("rows of %s", table).isNotEmpty();
        return rows.toString();
    }

    private static String params(LogRecord record) {
        return record.getParameters() == null
                ? ""
                : List.of(record.getParameters()).toString();
    }
}
