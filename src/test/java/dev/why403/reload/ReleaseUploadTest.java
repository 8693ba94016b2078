package dev.why403.reload;

import static dev.why403.reload.LiveReloadTest.DRL;
import static dev.why403.reload.LiveReloadTest.LIMIT_RULE;
import static dev.why403.reload.LiveReloadTest.NETWORK_RULE;
import static dev.why403.reload.LiveReloadTest.admin;
import static dev.why403.reload.LiveReloadTest.awaitCurrent;
import static dev.why403.reload.LiveReloadTest.currentVersion;
import static dev.why403.reload.LiveReloadTest.sleep;
import static dev.why403.reload.LiveReloadTest.status;
import static dev.why403.reload.LiveReloadTest.topCauseWhenItWorksElsewhere;
import static dev.why403.reload.LiveReloadTest.versionOnDisk;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author sends files to the admin API instead of editing them on disk: a dry run says what they would come to,
 * a publish makes them serve and writes them to the folders, a replay says whose diagnosis they would change.
 */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class ReleaseUploadTest {

    static final String DRL_PATH = "rules/demo/demo.drl";

    static final String SCENARIO_PATH = "knowledge/demo/scenarios/works-elsewhere.yaml";

    String original;

    @BeforeEach
    void rememberTheServingRelease() {
        original = currentVersion();
    }

    @AfterEach
    void putTheFixtureBack() {
        ReloadFolders.restore();
        awaitCurrent(versionOnDisk(), Duration.ofSeconds(20));
    }

    @Test
    void aDryRunOfAGoodEditIsValidAndChangesNothing() {
        JsonPath validation = post(admin(), "/validate", files(DRL_PATH, limitRule()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(validation.getBoolean("valid")).isTrue();
        assertThat(validation.getString("version")).hasSize(12).isNotEqualTo(original);
        assertThat(validation.getString("serving")).isEqualTo(original);
        assertThat(validation.getInt("counts.rules")).isEqualTo(6);
        assertThat(validation.getInt("ruleFiles")).isEqualTo(1);
        assertThat(validation.getList("problems")).isEmpty();
        assertThat(currentVersion()).isEqualTo(original);
        assertThat(ReloadFolders.read(DRL)).contains(NETWORK_RULE);
    }

    @Test
    void aDryRunListsEveryProblemWithFileAndLine() {
        String broken = ReloadFolders.read(DRL).replace("Fact(name == \"status\"", "Fact(name == ");
        JsonPath validation = post(admin(), "/validate", files(DRL_PATH, broken))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getString("counts")).isNull();
        assertThat(validation.getList("problems.file")).containsOnly(DRL_PATH);
        assertThat(validation.getInt("problems[0].line")).isEqualTo(23);
        assertThat(validation.getInt("problems[0].column")).isGreaterThan(0);
    }

    @Test
    void aDryRunRunsTheScenariosIncludingNewOnes() {
        String scenario = "name: Working elsewhere means a token problem\ngiven:\n  elsewhere: \"yes\"\nexpect:\n"
                + "  topCause: token\n";
        JsonPath validation = post(admin(), "/validate", files(SCENARIO_PATH, scenario))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getString("problems[0].file")).isEqualTo(SCENARIO_PATH);
        assertThat(validation.getInt("problems[0].line")).isEqualTo(5);
        assertThat(validation.getString("problems[0].message")).contains("expected top cause token");
    }

    @Test
    void aNullTextDeletesAFileInTheDryRun() {
        JsonPath validation = post(admin(), "/validate", files(DRL_PATH, null))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getInt("ruleFiles")).isZero();
        assertThat(validation.getString("problems[0].message")).contains("no .drl files");
    }

    @Test
    void pathsOutsideTheKnowledgeAndRulesAreRefused() {
        for (String path : List.of(
                "../pom.xml",
                "knowledge/../rules/x.drl",
                "rules/./x.drl",
                "rules//x.drl",
                "/etc/x.drl",
                "src/main/resources/application.properties",
                "rules/notes.txt",
                "knowledge/demo/causes.json")) {
            post(admin(), "/validate", files(path, "text"))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("/files/" + path.replace("/", "~1")));
        }
        post(admin(), "/validate", files("rules/demo/none.drl", null))
                .then()
                .statusCode(400)
                .body("detail", equalTo("there is no file rules/demo/none.drl to delete"));
        post(admin(), "/validate", Map.of()).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOfTheWrongShapeIsExplainedWithoutJavaTypes() {
        post(admin(), "/validate", Map.of("files", List.of("rules/demo/demo.drl")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.startsWith("expected a mapping of names to values, found a list"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java.")));
    }

    @Test
    void filesOverAMegabyteAreRefusedWith413() {
        post(admin(), "/validate", files(DRL_PATH, "x".repeat(1024 * 1024 + 1)))
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("field", equalTo("/files"));
    }

    @Test
    void aGoodUploadServesAndIsWrittenToTheFolders() throws java.io.IOException {
        var permissions = java.nio.file.Files.getPosixFilePermissions(DRL);
        JsonPath attempt = post(admin(), "", files(DRL_PATH, limitRule()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(attempt.getString("outcome")).isEqualTo("PUBLISHED");
        assertThat(attempt.getString("trigger")).isEqualTo("upload");
        assertThat(currentVersion()).isEqualTo(attempt.getString("version"));
        assertThat(topCauseWhenItWorksElsewhere()).isEqualTo("limit");
        assertThat(versionOnDisk()).isEqualTo(attempt.getString("version"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(DRL)).isEqualTo(permissions);

        // The watcher sees the written files after its debounce time, finds what serves already, and records nothing.
        sleep(1500);
        assertThat(status().getString("lastAttempt.trigger")).isEqualTo("upload");
    }

    @Test
    void aBadUploadIsRefusedWith422AndNothingChanges() {
        String broken = ReloadFolders.read(DRL).replace("Fact(name == \"status\"", "Fact(name == ");
        post(admin(), "", files(DRL_PATH, broken))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("problems[0].file", equalTo(DRL_PATH))
                .body("problems[0].line", equalTo(23));

        assertThat(currentVersion()).isEqualTo(original);
        assertThat(ReloadFolders.read(DRL)).doesNotContain("Fact(name == )");
        assertThat(topCauseWhenItWorksElsewhere()).isEqualTo("network");
    }

    @Test
    void aReplayListsTheSessionsWhoseDiagnosisWouldChange() {
        String elsewhere = startSession(Map.of("elsewhere", "yes"));
        String everywhere = startSession(Map.of("elsewhere", "no"));

        JsonPath replay = given().spec(admin())
                .queryParam("latest", 2)
                .contentType(ContentType.JSON)
                .body(files(DRL_PATH, limitRule()))
                .post("/api/admin/releases/replay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(replay.getString("serving")).isEqualTo(original);
        assertThat(replay.getInt("replayed")).isEqualTo(2);
        assertThat(replay.getInt("changed")).isEqualTo(1);
        assertThat(replay.getInt("unchanged")).isEqualTo(1);
        assertThat(replay.getLong("stored")).isGreaterThanOrEqualTo(2);
        assertThat(replay.getString("changes[0].session")).isEqualTo(elsewhere).isNotEqualTo(everywhere);
        assertThat(replay.getString("changes[0].topCauseBefore")).isEqualTo("network");
        assertThat(replay.getString("changes[0].topCauseAfter")).isEqualTo("limit");
        assertThat(currentVersion()).isEqualTo(original);
    }

    @Test
    void aReplayOfFilesThatDoNotBuildIsRefused() {
        post(admin(), "/replay", files(DRL_PATH, "rule broken"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().spec(admin())
                .queryParam("latest", 0)
                .contentType(ContentType.JSON)
                .body(files(DRL_PATH, limitRule()))
                .post("/api/admin/releases/replay")
                .then()
                .statusCode(400);
    }

    @Test
    void theUploadCallsAreRefusedWithoutAdminCredentials() {
        Map<String, Object> body = files(DRL_PATH, limitRule());
        for (String path : List.of("/validate", "", "/replay")) {
            post(given(), path, body).then().statusCode(401);
            post(given().auth().preemptive().basic("admin", "wrong"), path, body)
                    .then()
                    .statusCode(401);
        }
        assertThat(currentVersion()).isEqualTo(original);
    }

    static String limitRule() {
        return ReloadFolders.read(DRL).replace(NETWORK_RULE, LIMIT_RULE);
    }

    static Map<String, Object> files(String path, String text) {
        Map<String, String> files = new HashMap<>();
        files.put(path, text);
        return Map.of("files", files);
    }

    static io.restassured.response.Response post(RequestSpecification spec, String path, Object body) {
        return spec.contentType(ContentType.JSON).body(body).post("/api/admin/releases" + path);
    }

    static String startSession(Map<String, String> facts) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("facts", facts))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
