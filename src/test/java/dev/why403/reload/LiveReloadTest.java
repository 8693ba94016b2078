package dev.why403.reload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.release.ReleaseSources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author edits the knowledge or rules on disk while the service runs: good edits are answered with within
 * seconds, bad ones are refused with file and line while the last good release keeps answering.
 */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class LiveReloadTest {

    static final Path DRL = ReloadFolders.RULES.resolve("demo/demo.drl");
    static final Path SCENARIOS = ReloadFolders.KNOWLEDGE.resolve("demo/scenarios");

    /** The fixture's rule for "works elsewhere" supports the network block; the edit moves it to the rate limit. */
    static final String NETWORK_RULE = "findings.support(drools, \"network\", 4,";

    static final String LIMIT_RULE = "findings.support(drools, \"limit\", 8,";

    @TestHTTPResource("/api/sessions")
    URI sessions;

    String original;

    @BeforeEach
    void rememberTheServingRelease() {
        original = currentVersion();
    }

    @AfterEach
    void putTheFixtureBack() {
        ReloadFolders.restore();
        awaitCurrent(versionOnDisk(), Duration.ofSeconds(10));
    }

    @Test
    void aRuleEditedOnDiskChangesTheAnswerWithinTwoSeconds() {
        assertThat(topCauseWhenItWorksElsewhere()).isEqualTo("network");
        warmUp();

        long started = System.nanoTime();
        ReloadFolders.write(DRL, ReloadFolders.read(DRL).replace(NETWORK_RULE, LIMIT_RULE));
        eventually(Duration.ofSeconds(2), () -> "limit".equals(topCauseWhenItWorksElsewhere()));

        System.out.printf("The edit answered after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        JsonPath status = status();
        assertThat(status.getString("current.version")).isNotEqualTo(original);
        assertThat(status.getString("lastAttempt.outcome")).isEqualTo("PUBLISHED");
        assertThat(status.getString("lastAttempt.trigger")).isEqualTo("file change");
    }

    @Test
    void aSyntaxErrorLeavesTheOldReleaseAnsweringAndShowsFileAndLine() {
        ReloadFolders.write(DRL, ReloadFolders.read(DRL).replace("Fact(name == \"status\"", "Fact(name == "));
        String broken = versionOnDisk();
        JsonPath status = awaitAttempt(broken);

        assertThat(status.getString("lastAttempt.outcome")).isEqualTo("FAILED");
        assertThat(status.getString("current.version")).isEqualTo(original);
        assertThat(status.getList("lastAttempt.problems.file")).containsExactly("rules/demo/demo.drl");
        assertThat(status.getInt("lastAttempt.problems[0].line")).isEqualTo(23);
        assertThat(status.getInt("lastAttempt.problems[0].column")).isGreaterThan(0);
        assertThat(topCauseWhenItWorksElsewhere()).isEqualTo("network");

        JsonPath health =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        Map<String, Object> check = health.getMap("checks.find { it.name == 'knowledge-release' }");
        assertThat(check).containsEntry("status", "UP");
        assertThat(health.getString("checks.find { it.name == 'knowledge-release' }.data.lastReload"))
                .isEqualTo("FAILED");
        assertThat(health.getString("checks.find { it.name == 'knowledge-release' }.data.lastReloadError"))
                .startsWith("rules/demo/demo.drl:");
    }

    @Test
    void aFailingScenarioKeepsItsReleaseFromBeingPublished() {
        ReloadFolders.write(
                SCENARIOS.resolve("works-elsewhere.yaml"),
                "name: Working elsewhere means a token problem\ngiven:\n  elsewhere: \"yes\"\nexpect:\n"
                        + "  topCause: token\n");
        JsonPath status = awaitAttempt(versionOnDisk());

        assertThat(status.getString("lastAttempt.outcome")).isEqualTo("FAILED");
        assertThat(status.getString("current.version")).isEqualTo(original);
        assertThat(status.getString("lastAttempt.problems[0].file"))
                .isEqualTo("knowledge/demo/scenarios/works-elsewhere.yaml");
        assertThat(status.getInt("lastAttempt.problems[0].line")).isEqualTo(5);
        assertThat(status.getString("lastAttempt.problems[0].message"))
                .contains("Working elsewhere means a token problem", "expected top cause token", "network");
    }

    @Test
    void aPassingScenarioIsPublishedWithItsRelease() {
        ReloadFolders.write(
                SCENARIOS.resolve("works-elsewhere.yaml"),
                "name: Working elsewhere points at the network\nanswers:\n  status-seen: \"403\"\n"
                        + "  elsewhere: \"yes\"\nexpect:\n  topCause: network\n  nextQuestion: none\n");
        JsonPath status = awaitAttempt(versionOnDisk());

        assertThat(status.getString("lastAttempt.outcome")).isEqualTo("PUBLISHED");
        assertThat(status.getInt("current.scenarios")).isEqualTo(1);
    }

    @Test
    void fiftyVisitorsAnsweringQuestionsSeeNoFailureWhileReleasesAreSwapped() throws Exception {
        ConcurrentVisitors visitors = new ConcurrentVisitors(sessions, 50, Duration.ofSeconds(45));
        visitors.start();

        String text = ReloadFolders.read(DRL);
        for (int swap = 0; swap < 6; swap++) {
            ReloadFolders.write(DRL, swap % 2 == 0 ? text.replace(NETWORK_RULE, LIMIT_RULE) : text);
            awaitCurrent(versionOnDisk(), Duration.ofSeconds(15));
        }
        visitors.stop();

        System.out.printf("%d calls answered by 50 visitors over 6 reloads%n", visitors.answered());
        assertThat(visitors.failures()).isEmpty();
        assertThat(visitors.answered()).isGreaterThan(100);
        assertThat(visitors.topCauses()).isNotEmpty().isSubsetOf("network", "limit");
    }

    @Test
    void anEarlierReleaseCanBePublishedAgainAndStaysUntilTheFilesChange() {
        ReloadFolders.write(DRL, ReloadFolders.read(DRL).replace(NETWORK_RULE, LIMIT_RULE));
        String edited = versionOnDisk();
        awaitCurrent(edited, Duration.ofSeconds(10));
        assertThat(status().getList("kept.version")).startsWith(edited, original);

        JsonPath rollback = bodyless(admin())
                .post("/api/admin/releases/" + original + "/rollback")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(rollback.getString("outcome")).isEqualTo("PUBLISHED");
        assertThat(rollback.getString("trigger")).isEqualTo("rollback");
        assertThat(currentVersion()).isEqualTo(original);
        assertThat(topCauseWhenItWorksElsewhere()).isEqualTo("network");
    }

    @Test
    void aReleaseThatIsNotKeptCannotBePublishedAgain() {
        bodyless(admin())
                .post("/api/admin/releases/0123456789ab/rollback")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void adminCallsWithoutAdminCredentialsAreRefused() {
        given().get("/api/admin/releases").then().statusCode(401);
        given().post("/api/admin/releases/" + original + "/rollback").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("admin", "wrong")
                .get("/api/admin/releases")
                .then()
                .statusCode(401);
    }

    /**
     * The first rebuilds in a fresh JVM run cold code and can take seconds on a busy machine; what an author waits
     * for is the rebuild after a save in a service that has been running, so one harmless edit goes first.
     */
    static void warmUp() {
        ReloadFolders.write(DRL, ReloadFolders.read(DRL) + "\n// An edit that changes no rule.\n");
        awaitCurrent(versionOnDisk(), Duration.ofSeconds(10));
    }

    static String topCauseWhenItWorksElsewhere() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("elsewhere", "yes")))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("diagnosis.causes[0].id");
    }

    static JsonPath status() {
        return admin().get("/api/admin/releases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The default admin of application.properties, as the README documents it. */
    static RequestSpecification admin() {
        // A POST without a body would otherwise go out as a form, which the web forms' CSRF check refuses.
        return given().auth().preemptive().basic("admin", "why403-admin").contentType(ContentType.JSON);
    }

    /**
     * A rollback has no body. REST Assured would call it a form by default, and a form post without a CSRF token is
     * refused (400) before it reaches the resource; curl sends no content type at all.
     */
    static RequestSpecification bodyless(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    static String currentVersion() {
        return status().getString("current.version");
    }

    static String versionOnDisk() {
        return ReleaseSources.read(ReloadFolders.KNOWLEDGE, ReloadFolders.RULES).version();
    }

    /** Waits for the reload of the files at {@code version} to be recorded, and returns the status then. */
    static JsonPath awaitAttempt(String version) {
        eventually(Duration.ofSeconds(10), () -> version.equals(status().getString("lastAttempt.version")));
        return status();
    }

    static void awaitCurrent(String version, Duration within) {
        eventually(within, () -> version.equals(currentVersion()));
    }

    static void eventually(Duration within, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("still waiting after %s", within).isLessThan(deadline);
            sleep(50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
