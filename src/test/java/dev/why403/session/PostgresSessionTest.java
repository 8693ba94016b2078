package dev.why403.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Sessions on PostgreSQL, as deployments run them: the migration applies and a session round-trips whole. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfSystemProperty(named = "test.postgres", matches = ".+", disabledReason = "run through `make test`")
class PostgresSessionTest {

    @Test
    void aSessionWithAPastedResponseAndAnswersIsStoredAndReadBack() throws Exception {
        String example = Files.readString(Path.of("examples/github-rate-limit.json"));
        String id = given().contentType(ContentType.JSON)
                .body(example)
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("question", "many-requests", "answer", "yes"))
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(200);

        given().get("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .body("answers", hasSize(1))
                .body("answers[0].answer", equalTo("yes"))
                .body("diagnosis.causes[0].id", equalTo("rate-limit"));
        assertThat(SessionStoreProbe.databaseProduct()).containsIgnoringCase("PostgreSQL");
    }
}
