package dev.why403.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The pages without a browser: redirects after posts, errors next to the field, escaping, CSRF, not found. */
@QuarkusTest
class WebPagesTest {

    static final String NOT_HTTP = "it said <script>alert('x')</script> forbidden";

    @Test
    void startPage_offersTheQuestionsAndThePasteForm() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Start the questions"))
                .body(containsString("<label for=\"response\">"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void pastedResponse_redirectsToTheResultWithTheCauseAndTheReference() {
        String location = CsrfForm.fromStartPage()
                .post()
                .formParam("way", "paste")
                .formParam("response", BrowserCases.cloudflareBan().response())
                .formParam("method", "DELETE")
                .formParam("credentials", "bearer")
                .when()
                .post("/sessions")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/result"))
                .extract()
                .header("Location");

        String page = given().when()
                .get(URI.create(location).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("IP address blocked by a firewall or WAF rule", "4a1b2c3d4e5f6071");
        assertThat(page.indexOf("IP address blocked")).isLessThan(page.indexOf("Less likely"));
    }

    @Test
    void pasteThatIsNotHttp_comesBackEscapedWithTheMessageNextToTheField() {
        CsrfForm.fromStartPage()
                .post()
                .formParam("way", "paste")
                .formParam("response", NOT_HTTP)
                .formParam("url", "https://example.com/x")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .body(containsString("id=\"response-error\""))
                .body(containsString("it said &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; forbidden</textarea>"))
                .body(not(containsString(NOT_HTTP)))
                .body(containsString("value=\"https://example.com/x\""));
    }

    @Test
    void badUrl_isReportedOnTheUrlField() {
        CsrfForm.fromStartPage()
                .post()
                .formParam("way", "paste")
                .formParam("response", "HTTP/1.1 403 Forbidden\n\n")
                .formParam("url", "ftp://example.com/")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .body(containsString("id=\"url-error\""));
    }

    @Test
    void formWithoutTheToken_isRefusedWithAPageThatSaysWhatToDo() {
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("way", "questions")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("reload the page"));
    }

    @Test
    void formWithAWrongToken_isRefused() {
        CsrfForm form = CsrfForm.fromStartPage();
        new CsrfForm(form.cookie(), form.token() + "x")
                .post()
                .formParam("way", "questions")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400);
    }

    @Test
    void questions_answerGoBackAndComplainWhenNothingIsChosen() {
        CsrfForm form = CsrfForm.fromStartPage();
        String session = form.post()
                .formParam("way", "questions")
                .when()
                .post("/sessions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String path = URI.create(session).getPath();

        given().when().get(path).then().statusCode(200).body(containsString("Which error number did you get?"));
        form.post()
                .formParam("question", "status-seen")
                .when()
                .post(path + "/answers")
                .then()
                .statusCode(400)
                .body(containsString("Choose one of the answers"));
        form.post()
                .formParam("question", "status-seen")
                .formParam("answer", "403")
                .when()
                .post(path + "/answers")
                .then()
                .statusCode(303);
        given().when().get(path).then().body(containsString("Answered so far: <strong>1</strong>"));
        form.post().when().post(path + "/back").then().statusCode(303);

        given().when().get(path).then().body(containsString("No questions answered yet."));
    }

    @Test
    void knowledgePage_listsEveryCauseWithItsFixes() {
        given().when()
                .get("/knowledge")
                .then()
                .statusCode(200)
                .body(containsString("id=\"cause-ip-block\""))
                .body(containsString("id=\"cause-account-state\""))
                .body(containsString("What the site owner can do"))
                .body(containsString("id=\"faq-difference-401-403\""));
    }

    @Test
    void changingAQuestionNeverAnswered_isAnHtmlConflictPage() {
        CsrfForm form = CsrfForm.fromStartPage();
        String session = form.post()
                .formParam("way", "questions")
                .when()
                .post("/sessions")
                .header("Location");
        String path = URI.create(session).getPath();

        given().when()
                .get(path + "/answers/worked-before")
                .then()
                .statusCode(409)
                .contentType(containsString("text/html"));
        form.post()
                .formParam("answer", "yes")
                .when()
                .post(path + "/answers/worked-before")
                .then()
                .statusCode(409)
                .body(containsString("has not been answered"));
    }

    @Test
    void unknownSession_isAnHtmlNotFoundPage() {
        given().when()
                .get("/sessions/no-such-session/result")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Start again"));
    }
}
