package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.File;
import org.junit.jupiter.api.Test;

/** The README's curl session posts files from examples/; they must keep giving what the README shows. */
@QuarkusTest
class ExamplesTest {

    @Test
    void theReadmeSessionFindsTheGithubRateLimit() {
        String id = given().contentType(ContentType.JSON)
                .body(new File("examples/github-rate-limit.json"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .body("diagnosis.causes[0].id", equalTo("rate-limit"))
                .body("references.label", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("request")))
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body("{\"question\": \"many-requests\", \"answer\": \"yes\"}")
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(200)
                .body("diagnosis.causes[0].id", equalTo("rate-limit"));
    }
}
