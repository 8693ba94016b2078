package dev.why403.reload;

import static dev.why403.reload.LiveReloadTest.admin;
import static dev.why403.reload.ReleaseUploadTest.files;
import static dev.why403.reload.ReleaseUploadTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rules that never settle or never return, and text no file should hold, are refused as problems of the release:
 * the service keeps answering, the next build runs, and nothing broken is published or written.
 */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class BadRulesTest {

    static final String HEAD =
            "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;\n\n";

    @AfterEach
    void putTheFixtureBack() {
        ReloadFolders.restore();
        LiveReloadTest.awaitCurrent(LiveReloadTest.versionOnDisk(), java.time.Duration.ofSeconds(10));
    }

    @Test
    void anActionThatNeverReturnsIsStoppedAndTheNextBuildRuns() {
        String spins = HEAD + "rule \"Spins\"\nwhen\nthen\n    while (true) { }\nend\n";

        JsonPath validation = post(admin(), "/validate", files("rules/demo/spin.drl", spins))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getString("problems[0].message")).contains("did not finish within 5 s");
        String takeaways = "takeaways:\n  - Still building.\n";
        post(admin(), "/validate", files("knowledge/demo/takeaways.yaml", takeaways))
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void rulesThatFireWithoutEndAreAProblemOfTheReleaseNotAFailureOfTheService() {
        String loops = HEAD
                + "rule \"Starts\"\nwhen\nthen\n    insert(new Fact(\"elsewhere\", \"yes\", \"start\"));\nend\n\n"
                + "rule \"Feeds itself\"\nwhen\n    $fact : Fact(name == \"elsewhere\", value == \"yes\")\nthen\n"
                + "    insert(new Fact(\"elsewhere\", \"yes\", $fact.source() + \"x\"));\nend\n";

        post(admin(), "", files("rules/demo/loop.drl", loops))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "problems[0].message",
                        containsString("the rules fired 10000 times without settling: a rule loops (most often"));
        assertThat(Files.exists(ReloadFolders.RULES.resolve("demo/loop.drl"))).isFalse();
    }

    @Test
    void aControlCharacterOrHalfACharacterIsRefusedWithItsPlace() {
        String drl = ReloadFolders.read(LiveReloadTest.DRL);

        post(admin(), "/validate", files("rules/demo/demo.drl", drl.replace("another network.", "another\0 network.")))
                .then()
                .statusCode(400)
                .body("field", equalTo("/files/rules~1demo~1demo.drl"))
                .body("detail", containsString("the control character U+0000 at line 11, column"));
        post(admin(), "", files("rules/demo/demo.drl", drl.replace("another network.", "another \uDC00 network.")))
                .then()
                .statusCode(400)
                .body("detail", containsString("half a character"));
        assertThat(ReloadFolders.read(LiveReloadTest.DRL)).isEqualTo(drl);
    }
}
