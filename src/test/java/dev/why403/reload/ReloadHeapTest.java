package dev.why403.reload;

import static dev.why403.reload.ReleaseUploadTest.DRL_PATH;
import static dev.why403.reload.ReleaseUploadTest.files;
import static dev.why403.reload.ReleaseUploadTest.limitRule;
import static dev.why403.reload.ReleaseUploadTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every reload compiles a rule base with classes of its own; once a release stops serving (and drops out of the
 * kept ones) all of it must be collectable, or a service that authors edit all day would run out of memory.
 */
@QuarkusTest
@TestProfile(ReloadProfile.class)
class ReloadHeapTest {

    static final int WARM_UP = 10;

    static final int RELOADS = 100;

    static final long MIB = 1024 * 1024;

    @AfterEach
    void putTheFixtureBack() {
        ReloadFolders.restore();
        LiveReloadTest.awaitCurrent(LiveReloadTest.versionOnDisk(), Duration.ofSeconds(20));
    }

    @Test
    void aHundredReloadsLeaveHeapAndMetaspaceFlat() {
        String original = ReloadFolders.read(LiveReloadTest.DRL);
        // Half the releases have Java consequences, which define classes a leaked rule base would keep.
        String edited = limitRule().replaceFirst("(?m)^(package [^;]+;)$", "$1\ndialect \"java\"");
        reload(WARM_UP, original, edited);
        Usage before = Usage.measure();

        long started = System.nanoTime();
        reload(RELOADS / 2, original, edited);
        Usage halfway = Usage.measure();
        reload(RELOADS / 2, original, edited);
        Usage after = Usage.measure();

        System.out.printf(
                "Before %s%nAfter %d reloads %s%nAfter %d reloads %s (%d ms)%n",
                before, RELOADS / 2, halfway, RELOADS, after, (System.nanoTime() - started) / 1_000_000);
        // Tolerances well above the few MiB measured, far below what a hundred leaked rule bases would hold.
        assertThat(after.heap() - before.heap()).as("heap growth").isLessThan(48 * MIB);
        assertThat(after.metaspace() - before.metaspace())
                .as("metaspace growth")
                .isLessThan(24 * MIB);
        // The first reloads still load code paths for the first time; the second half must add next to nothing.
        assertThat(after.classes() - before.classes())
                .as("classes kept by 100 reloads")
                .isLessThan(2000);
        assertThat(after.classes() - halfway.classes())
                .as("classes kept by the last 50")
                .isLessThan(500);
    }

    /**
     * Publishes the two rule texts in turn through the admin API. Each text gets a comment of its own, so that every
     * release compiles its rules anew instead of taking them from the builder's recent builds.
     */
    private static void reload(int times, String original, String edited) {
        for (int reload = 0; reload < times; reload++) {
            String text = (reload % 2 == 0 ? edited : original) + "\n// reload " + (++published) + "\n";
            post(LiveReloadTest.admin(), "", files(DRL_PATH, text)).then().statusCode(200);
        }
    }

    private static int published;

    /** Used heap and metaspace after full collections, and the number of classes loaded. */
    record Usage(long heap, long metaspace, int classes) {

        static Usage measure() {
            for (int collection = 0; collection < 3; collection++) {
                System.gc();
                LiveReloadTest.sleep(200);
            }
            long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getName().equals("Metaspace"))
                    .mapToLong(pool -> pool.getUsage().getUsed())
                    .sum();
            return new Usage(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    metaspace,
                    ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        }

        @Override
        public String toString() {
            return String.format(
                    "heap %d MiB, metaspace %d MiB, %d classes loaded", heap / MIB, metaspace / MIB, classes);
        }
    }
}
