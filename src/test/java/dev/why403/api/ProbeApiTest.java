package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.why403.observation.HttpResponse.Header;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Probing a loopback site through the API: results kept with the session, facts joining its diagnosis. */
@QuarkusTest
@TestProfile(LoopbackProfile.class)
class ProbeApiTest {

    private final LoopbackSite site = new LoopbackSite(exchange -> {
        boolean token = exchange.getRequestHeaders().containsKey("Authorization");
        return token
                ? LoopbackSite.of(
                        403, "{\"error\":\"insufficient_scope\"}", new Header("Content-Type", "application/json"))
                : LoopbackSite.of(401, "", new Header("WWW-Authenticate", "Bearer realm=\"api\""));
    });

    @AfterEach
    void stop() {
        site.close();
    }

    private Map<String, Object> probe() {
        return Map.of(
                "url", site.url("/api/items"),
                "method", "GET",
                "headers", Map.of("Authorization", "Bearer probe-token-abcdef"));
    }

    @Test
    void probesOfASessionAreKeptAndShown() {
        String id = given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body(probe())
                .post("/api/sessions/" + id + "/probes")
                .then()
                .statusCode(200)
                .body("probes[0].id", equalTo("as-given"))
                .body("probes[0].status", equalTo(403));

        JsonPath session = given().get("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(session.getList("probes.id")).contains("as-given", "without-credentials", "head");
        assertThat(session.getString("probes[0].request.headers.find { it.name == 'Authorization' }.value"))
                .isEqualTo("[redacted]");
        assertThat(session.getList("facts.name")).contains("probe_as_given_status", "credentials_read_but_refused");
        assertThat(session.getString("facts.find { it.name == 'status' }.source"))
                .isEqualTo("probe:as-given");
    }

    @Test
    void aSessionStartsFromAUrl() {
        given().contentType(ContentType.JSON)
                .body(Map.of("probe", probe()))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .body("request.url", equalTo(site.url("/api/items")))
                .body("request.credentials", equalTo("bearer"))
                .body("probes", hasSize(11))
                .body("facts.name", hasItem("credentials_read_but_refused"))
                .body("diagnosis.causes[0].id", notNullValue());
    }

    @Test
    void theOpenApiDescribesProbing() {
        String openApi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(openApi)
                .contains("/api/sessions/{id}/probes")
                .contains("ProbeInput")
                .contains("ProbeJson");
    }

    @Test
    void aBodyMethodIsNotProbed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("probe", Map.of("url", site.url("/x"), "method", "DELETE")))
                .post("/api/sessions")
                .then()
                .statusCode(400)
                .body("field", equalTo("/probe/method"));
    }

    @Test
    void anUnknownSessionIsNotProbed() {
        given().contentType(ContentType.JSON)
                .body(probe())
                .post("/api/sessions/no-such-session/probes")
                .then()
                .statusCode(404);
    }
}
