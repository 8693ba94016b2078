package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionFlowTest {

    @Test
    void creatingAnswersWithLocationAndTheSessionAsGetShowsIt() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "request",
                        Map.of("method", "get", "url", "https://example.com/a", "credentials", "none"),
                        "response",
                        "HTTP/2 403\r\nserver: cloudflare\r\ncf-ray: 8c1d2e3f4a5b6c7d-AMS\r\n\r\nerror code: 1020"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract();
        String id = created.path("id");

        assertThat(created.header("Location")).endsWith("/api/sessions/" + id);
        given().get("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("request.method", equalTo("GET"))
                .body("release", equalTo(created.path("release")))
                .body("diagnosis.causes[0].id", equalTo(created.path("diagnosis.causes[0].id")))
                .body("facts.find { it.name == 'status' }.source", equalTo("response:pasted"));
    }

    @Test
    void everyRankedCauseCarriesScoreConfidenceAndFixesFromEasyToHard() {
        JsonPath session = given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        List<Map<String, Object>> causes = session.getList("diagnosis.causes");
        assertThat(causes).hasSize(12);
        double total = causes.stream()
                .mapToDouble(cause -> ((Number) cause.get("confidence")).doubleValue())
                .sum();
        assertThat(total).isBetween(0.99, 1.01);
        for (Map<String, Object> cause : causes) {
            List<String> difficulties = JsonPath.from(json(cause)).getList("fixes.difficulty");
            assertThat(difficulties)
                    .isNotEmpty()
                    .isSortedAccordingTo(java.util.Comparator.comparing(
                            difficulty -> List.of("easy", "medium", "hard").indexOf(difficulty)));
        }
    }

    @Test
    void undoRemovesTheLastAnswerAndAsksItAgain() {
        JsonPath session = newSession();
        String id = session.getString("id");
        String first = session.getString("nextQuestion.id");

        answer(id, first, "unknown");
        JsonPath undone = given().delete("/api/sessions/" + id + "/answers/last")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(undone.getList("answers")).isEmpty();
        assertThat(undone.getString("nextQuestion.id")).isEqualTo(first);
    }

    @Test
    void answeringTwiceIsAConflictAndChangingAnAnswerKeepsOnlyWhatStillApplies() {
        JsonPath session = newSession();
        String id = session.getString("id");
        String first = session.getString("nextQuestion.id");
        List<String> values = session.getList("nextQuestion.answers.value");
        String second = answer(id, first, values.get(0)).getString("nextQuestion.id");
        answer(id, second, "unknown");

        given().contentType(ContentType.JSON)
                .body(Map.of("question", first, "answer", values.get(0)))
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(409);

        JsonPath changed = given().contentType(ContentType.JSON)
                .body(Map.of("answer", "unknown"))
                .put("/api/sessions/" + id + "/answers/" + first)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(changed.getString("answers[0].answer")).isEqualTo("unknown");
        assertThat(changed.getString("answers[0].question")).isEqualTo(first);
    }

    @Test
    void knowledgeEndpointsListTheVocabulary() {
        given().get("/api/knowledge/causes").then().statusCode(200).body("$", hasSize(12));
        given().get("/api/knowledge/facts")
                .then()
                .statusCode(200)
                .body(
                        "find { it.name == 'credentials' }.values.value",
                        org.hamcrest.Matchers.hasItems("none", "bearer", "cookie_session"));
        given().get("/api/knowledge/causes/ip-block")
                .then()
                .statusCode(200)
                .body("cause.likelihood", equalTo("medium"));
        given().get("/api/knowledge/causes/nope").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/api/sessions"));
    }

    private static JsonPath newSession() {
        return given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static JsonPath answer(String id, String question, String value) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", question, "answer", value))
                .post("/api/sessions/" + id + "/answers")
                .then()
                .statusCode(200)
                .body("answers", org.hamcrest.Matchers.not(hasSize(0)))
                .extract()
                .jsonPath();
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
