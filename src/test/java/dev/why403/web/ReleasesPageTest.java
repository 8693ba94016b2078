package dev.why403.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authors (and admins) see the release page and use the release API; agents and visitors do not. */
@QuarkusTest
class ReleasesPageTest {

    @Test
    void authorsAndAdminsSeeTheServingRelease() {
        String version =
                given().get("/api/knowledge").then().statusCode(200).extract().path("release");

        for (String[] user : new String[][] {{"author", "why403-author"}, {"admin", "why403-admin"}}) {
            given().auth()
                    .preemptive()
                    .basic(user[0], user[1])
                    .get("/knowledge/releases")
                    .then()
                    .statusCode(200)
                    .contentType("text/html")
                    .body(containsString("Release <code>" + version + "</code>"));
        }
    }

    @Test
    void anAuthorMayReadTheStatusAndTryFiles() {
        String version =
                given().get("/api/knowledge").then().statusCode(200).extract().path("release");

        given().auth()
                .preemptive()
                .basic("author", "why403-author")
                .get("/api/admin/releases")
                .then()
                .statusCode(200)
                .body("current.version", equalTo(version));
        given().auth()
                .preemptive()
                .basic("author", "why403-author")
                .contentType(ContentType.JSON)
                .body(Map.of("files", Map.of("knowledge/http-403/takeaways.yaml", "takeaways:\n  - Only this.\n")))
                .post("/api/admin/releases/validate")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true), "serving", equalTo(version));
    }

    @Test
    void visitorsAndAgentsAreRefused() {
        given().get("/knowledge/releases").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        given().get("/api/admin/releases")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json")
                .body("status", equalTo(401), "detail", containsString("author or admin"));
        given().auth()
                .preemptive()
                .basic("agent", "why403-agent")
                .get("/api/admin/releases")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403), "title", equalTo("Not allowed"));
        given().auth()
                .preemptive()
                .basic("agent", "why403-agent")
                .get("/knowledge/releases")
                .then()
                .statusCode(403);
    }
}
