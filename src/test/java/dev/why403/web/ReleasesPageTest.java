package dev.why403.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleasesPageTest {

    @Test
    void authorsSeeTheServingRelease() {
        String version =
                given().get("/api/knowledge").then().statusCode(200).extract().path("release");

        given().auth()
                .preemptive()
                .basic("admin", "why403-admin")
                .get("/knowledge/releases")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .body(containsString("Release <code>" + version + "</code>"));
    }

    @Test
    void visitorsWithoutTheAdminRoleAreRefused() {
        given().get("/knowledge/releases").then().statusCode(401);
    }
}
