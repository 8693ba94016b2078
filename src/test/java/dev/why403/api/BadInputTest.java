package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a 4xx with a problem+json body saying what was wrong, and no session changes. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnknownSessionIs404() {
        given().get("/api/sessions/no-such-session")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-session"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON)
                .body("{\"response\": \"HTTP/1.1 403\",")
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aWronglyTypedFieldIs400WithItsPointer() {
        given().contentType(ContentType.JSON)
                .body("{\"facts\": [1, 2]}")
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("/facts"));
    }

    @Test
    void aResponseThatIsNotHttpIs400NamingTheLine() {
        given().contentType(ContentType.JSON)
                .body(Map.of("response", "the page just says no"))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("/response"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void aResponseOverTheLimitIs413() {
        String huge = "HTTP/1.1 403 Forbidden\n\n" + "x".repeat(300 * 1024);

        given().contentType(ContentType.JSON)
                .body(Map.of("response", huge))
                .post("/api/sessions")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("at most 262144"));
    }

    @Test
    void anUnknownFactNameIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("favourite_colour", "blue")))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("/facts/favourite_colour"));
    }

    @Test
    void aFactValueOutsideTheVocabularyIs400ListingTheAllowedOnes() {
        given().contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("worked_before", "perhaps")))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("allowed"));
    }

    @Test
    void aBadUrlOrMethodIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("request", Map.of("method", "GET", "url", "ftp://example.com/x")))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .body("field", equalTo("/request/url"));
        given().contentType(ContentType.JSON)
                .body(Map.of("request", Map.of("method", "BREW", "url", "https://example.com/x")))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .body("field", equalTo("/request/method"));
    }

    @Test
    void anUnknownQuestionOrAnswerIs400AndLeavesTheSessionAsItWas() {
        String id = newSession();
        String question = given().get("/api/sessions/" + id).then().extract().path("nextQuestion.id");

        given().contentType(ContentType.JSON)
                .body(Map.of("question", "no-such-question", "answer", "yes"))
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("/question"));
        given().contentType(ContentType.JSON)
                .body(Map.of("question", question, "answer", "maybe-later"))
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("/answer"));

        given().get("/api/sessions/" + id).then().statusCode(200).body("answers", hasSize(0));
    }

    @Test
    void undoingWithNothingAnsweredIs409() {
        given().delete("/api/sessions/" + newSession() + "/answers/last")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    private static String newSession() {
        return given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aFormPostToTheApiIsRefusedWithAProblemSayingToSendJson() {
        given().auth()
                .preemptive()
                .basic("admin", "why403-admin")
                .contentType(ContentType.URLENC)
                .post("/api/admin/releases/0123456789ab/rollback")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("application/json"));
    }
}
