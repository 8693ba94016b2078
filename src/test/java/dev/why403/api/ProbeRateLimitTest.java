package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One client may start only so many probe runs per period; the next gets 429 with Retry-After. */
@QuarkusTest
@TestProfile(ProbeRateLimitTest.TwoPerHour.class)
class ProbeRateLimitTest {

    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("why403.probe.rate-limit", "2", "why403.probe.rate-period", "1h");
        }
    }

    private static Map<String, Object> refusedProbe() {
        return Map.of("probe", Map.of("url", "http://10.0.0.1/"));
    }

    @Test
    void theThirdRunWithinThePeriodIsRefused() {
        for (int run = 0; run < 2; run++) {
            given().contentType(ContentType.JSON)
                    .body(refusedProbe())
                    .post("/api/sessions")
                    .then()
                    .statusCode(422);
        }

        given().contentType(ContentType.JSON)
                .body(refusedProbe())
                .post("/api/sessions")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Too many probe runs"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(201);
    }
}
