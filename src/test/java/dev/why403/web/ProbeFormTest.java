package dev.why403.web;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The start page's third way in. These tests use addresses the default settings refuse, so no request leaves the
 * machine: the refusal is decided before any connection. Probing itself is tested through the API.
 */
@QuarkusTest
class ProbeFormTest {

    @Test
    void theStartPageOffersToProbeTheAddress() {
        io.restassured.RestAssured.given()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Three ways to find out"))
                .body(containsString("name=\"probeUrl\""));
    }

    @Test
    void aPrivateAddressIsRefusedOnTheFormWithTheReason() {
        CsrfForm.fromStartPage()
                .post()
                .formParam("way", "probe")
                .formParam("probeUrl", "http://169.254.169.254/latest/meta-data/")
                .when()
                .post("/sessions")
                .then()
                .statusCode(422)
                .body(containsString("id=\"probeUrl-error\""))
                .body(containsString("may not probe this address"))
                .body(containsString("value=\"http://169.254.169.254/latest/meta-data/\""));
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedOnTheForm() {
        CsrfForm.fromStartPage()
                .post()
                .formParam("way", "probe")
                .formParam("probeUrl", "ftp://example.com/file")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .body(containsString("id=\"probeUrl-error\""));
    }
}
