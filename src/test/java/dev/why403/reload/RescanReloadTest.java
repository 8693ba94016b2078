package dev.why403.reload;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the file system reports no changes (events off here, as on some network mounts), the periodic rescan still
 * publishes an edit, and a rescan of unchanged files builds nothing.
 */
@QuarkusTest
@TestProfile(RescanProfile.class)
class RescanReloadTest {

    @AfterEach
    void putTheFixtureBack() {
        ReloadFolders.restore();
        LiveReloadTest.awaitCurrent(LiveReloadTest.versionOnDisk(), Duration.ofSeconds(10));
    }

    @Test
    void aRescanPublishesAnEditNoEventReported() {
        assertThat(LiveReloadTest.topCauseWhenItWorksElsewhere()).isEqualTo("network");

        ReloadFolders.write(
                LiveReloadTest.DRL,
                ReloadFolders.read(LiveReloadTest.DRL).replace(LiveReloadTest.NETWORK_RULE, LiveReloadTest.LIMIT_RULE));
        String edited = LiveReloadTest.versionOnDisk();
        LiveReloadTest.awaitCurrent(edited, Duration.ofSeconds(5));

        assertThat(LiveReloadTest.topCauseWhenItWorksElsewhere()).isEqualTo("limit");
        JsonPath status = LiveReloadTest.status();
        assertThat(status.getString("lastAttempt.trigger")).isEqualTo("rescan");
        assertThat(status.getString("lastAttempt.outcome")).isEqualTo("PUBLISHED");
    }

    @Test
    void rescansOfUnchangedFilesRecordNoAttempt() {
        int attempts = LiveReloadTest.status().getList("history").size();

        LiveReloadTest.sleep(1500);

        assertThat(LiveReloadTest.status().getList("history")).hasSize(attempts);
    }
}
