package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the shipped settings, private and metadata addresses are refused before any connection is made: the literal
 * addresses below are never looked up or contacted.
 */
@QuarkusTest
class ProbeRefusalTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9/"})
    void aPrivateTargetIsRefusedWithAProblem(String url) {
        given().contentType(ContentType.JSON)
                .body(Map.of("probe", Map.of("url", url, "headers", Map.of("Authorization", "Bearer refused-secret"))))
                .post("/api/sessions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Target refused"))
                .body("field", equalTo("/probe/url"))
                .body("detail", containsString("may not reach"));
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
