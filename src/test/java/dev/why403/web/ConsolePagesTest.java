package dev.why403.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent console without a browser: who may see it, the list filters, notes, and the exports. */
@QuarkusTest
class ConsolePagesTest {

    static final String CLOUDFLARE =
            "HTTP/2 403\r\nserver: cloudflare\r\ncf-ray: 8c1d2e3f4a5b6c7d-AMS\r\n\r\nerror code: 1020";

    @Test
    void console_withoutCredentials_getsTheLoginChallenge() {
        given().redirects().follow(false).when().get("/console").then().statusCode(401);
    }

    @Test
    void console_forAUserWithoutTheAgentRole_isForbidden() {
        given().auth()
                .preemptive()
                .basic("visitor", "visitor-test")
                .when()
                .get("/console")
                .then()
                .statusCode(403);
    }

    @Test
    void console_forAnAgentOrAnAdmin_listsSessions() {
        agent().when().get("/console").then().statusCode(200).body(containsString("<h1>Sessions</h1>"));
        given().auth()
                .preemptive()
                .basic("admin", "why403-admin")
                .when()
                .get("/console")
                .then()
                .statusCode(200);
    }

    @Test
    void sessionPagesAndExports_needTheAgentRoleToo() {
        String id = cloudflareSession().getString("id");

        given().when().get("/console/sessions/" + id).then().statusCode(401);
        given().when().get("/console/sessions/" + id + ".json").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("visitor", "visitor-test")
                .when()
                .get("/console/sessions/" + id + ".md")
                .then()
                .statusCode(403);
    }

    @Test
    void list_filtersByVendorCauseStateAndDate() {
        JsonPath session = cloudflareSession();
        String id = session.getString("id");
        String cause = session.getString("diagnosis.causes[0].id");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        assertThat(list(Map.of("vendor", "CLOUD"))).contains(id);
        assertThat(list(Map.of("vendor", "no-such-vendor"))).doesNotContain(id);
        assertThat(list(Map.of("cause", cause, "vendor", "cloudflare"))).contains(id);
        assertThat(list(Map.of("cause", "no-such-cause"))).doesNotContain(id);
        assertThat(list(Map.of("from", today, "to", today, "vendor", "cloudflare")))
                .contains(id);
        assertThat(list(Map.of("from", tomorrow))).doesNotContain(id);
        assertThat(list(Map.of("state", "open", "vendor", "cloudflare"))).contains(id);
        assertThat(list(Map.of("state", "finished", "vendor", "cloudflare"))).doesNotContain(id);
    }

    @Test
    void list_withADateThatDoesNotParse_saysHowToWriteIt() {
        agent().queryParam("from", "yesterday")
                .when()
                .get("/console")
                .then()
                .statusCode(400)
                .body(containsString("yyyy-mm-dd"));
    }

    @Test
    void sessionPage_showsTranscriptCausesFactsAndTheReplyWithTheReference() {
        String id = cloudflareSession().getString("id");

        agent().when()
                .get("/console/sessions/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Reply for the customer"))
                .body(containsString("8c1d2e3f4a5b6c7d-AMS"))
                .body(containsString("Pasted response"))
                .body(containsString("Ranked causes"))
                .body(containsString("response:pasted"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void note_isAddedWithItsAuthorAndShownEscaped() {
        String id = cloudflareSession().getString("id");
        String note = "customer says <b>VPN</b> & \"office\"";

        CsrfForm form = CsrfForm.fromStartPage();
        form.post()
                .auth()
                .preemptive()
                .basic("agent", "why403-agent")
                .formParam("text", note)
                .when()
                .post("/console/sessions/" + id + "/notes")
                .then()
                .statusCode(303);

        agent().when()
                .get("/console/sessions/" + id)
                .then()
                .statusCode(200)
                .body(containsString("customer says &lt;b&gt;VPN&lt;/b&gt; &amp; &quot;office&quot;"))
                .body(not(containsString("<b>VPN</b>")))
                .body(containsString("agent, "));
    }

    @Test
    void emptyNote_comesBackWithTheMessage() {
        String id = cloudflareSession().getString("id");

        CsrfForm.fromStartPage()
                .post()
                .auth()
                .preemptive()
                .basic("agent", "why403-agent")
                .formParam("text", "  ")
                .when()
                .post("/console/sessions/" + id + "/notes")
                .then()
                .statusCode(400)
                .body(containsString("the note is empty"));
    }

    @Test
    void note_withoutTheCsrfToken_isRefused() {
        String id = cloudflareSession().getString("id");

        agent().contentType("application/x-www-form-urlencoded")
                .formParam("text", "no token")
                .when()
                .post("/console/sessions/" + id + "/notes")
                .then()
                .statusCode(400);
    }

    @Test
    void exports_areDownloadsWithTheDiagnosisAndTheNotes() {
        String id = cloudflareSession().getString("id");

        agent().when()
                .get("/console/sessions/" + id + ".md")
                .then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", "attachment; filename=\"why403-" + id + ".md\"")
                .body(containsString("# Case " + id))
                .body(containsString("## Reply for the customer"));

        JsonPath json = agent().when()
                .get("/console/sessions/" + id + ".json")
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"why403-" + id + ".json\"")
                .extract()
                .jsonPath();
        assertThat(json.getString("id")).isEqualTo(id);
        assertThat(json.getString("state")).isEqualTo("open");
        assertThat(json.getList("causes")).isNotEmpty();
        assertThat(json.getString("references[0].value")).isEqualTo("8c1d2e3f4a5b6c7d-AMS");
        assertThat(json.getString("reply")).contains("8c1d2e3f4a5b6c7d-AMS");
    }

    @Test
    void unknownSession_isNotFound() {
        agent().when().get("/console/sessions/no-such-session").then().statusCode(404);
    }

    private static RequestSpecification agent() {
        return given().auth().preemptive().basic("agent", "why403-agent");
    }

    private static String list(Map<String, String> filter) {
        return agent().queryParams(filter)
                .when()
                .get("/console")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static JsonPath cloudflareSession() {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "request",
                        Map.of("method", "get", "url", "https://example.com/a", "credentials", "none"),
                        "response",
                        CLOUDFLARE))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
