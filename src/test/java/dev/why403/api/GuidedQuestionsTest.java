package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each of the guide's four causes is reached by answering questions alone. The visitor here knows some facts about
 * their situation and answers whatever is asked accordingly, "don't know" for the rest, whatever order the tree picks.
 */
@QuarkusTest
class GuidedQuestionsTest {

    @Test
    void aMissingOrInvalidTokenIsFoundByQuestions() {
        assertThat(walk(Map.of(
                        "status", "401",
                        "logged_in", "no",
                        "credentials_recently_changed", "yes",
                        "worked_before", "yes")))
                .isEqualTo("missing-or-invalid-token");
    }

    @Test
    void insufficientPermissionsAreFoundByQuestions() {
        assertThat(walk(Map.of(
                        "status", "403",
                        "logged_in", "yes",
                        "same_request_works_for_other_user", "yes",
                        "permissions_recently_changed", "yes",
                        "works_from_other_network", "no")))
                .isEqualTo("insufficient-permissions");
    }

    @Test
    void anIpBlockIsFoundByQuestions() {
        assertThat(walk(Map.of(
                        "status", "403",
                        "logged_in", "yes",
                        "works_from_other_network", "yes",
                        "works_without_vpn_or_proxy", "no",
                        "many_requests_recently", "no",
                        "same_request_works_for_other_user", "no",
                        "worked_before", "yes")))
                .isEqualTo("ip-block");
    }

    @Test
    void aGeolocationOrDeviceRestrictionIsFoundByQuestions() {
        assertThat(walk(Map.of(
                        "status", "403",
                        "logged_in", "yes",
                        "works_from_other_network", "no",
                        "works_from_other_country", "yes",
                        "many_requests_recently", "no",
                        "same_request_works_for_other_user", "no")))
                .isEqualTo("geo-or-device-restriction");
    }

    /** Answers every question asked until none is left, and returns the top cause. */
    static String walk(Map<String, String> truth) {
        String id = given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath session = given().get("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (int asked = 0; asked < 40 && session.get("nextQuestion") != null; asked++) {
            String question = session.getString("nextQuestion.id");
            String value = truth.getOrDefault(session.getString("nextQuestion.fact"), "unknown");
            session = given().contentType(ContentType.JSON)
                    .body(Map.of("question", question, "answer", value))
                    .post("/api/sessions/" + id + "/answers")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
        assertThat(session.getString("nextQuestion")).as("questions ran out").isNull();
        System.out.printf("Answers %s gave %s%n", session.getList("answers.answer"), summary(session));
        return session.getString("diagnosis.causes[0].id");
    }

    private static String summary(JsonPath session) {
        return session.getList("diagnosis.causes.id").subList(0, 3) + " scores "
                + session.getList("diagnosis.causes.score").subList(0, 3) + " after "
                + session.getList("answers.question");
    }
}
