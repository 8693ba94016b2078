package dev.why403.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver, headless, with a fresh profile and every background service that
 * would reach another host turned off. Browser tests skip only when Chromium is missing and cannot be installed.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path INSTALLER = Path.of("scripts/install-test-deps.sh");

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start() throws IOException {
        installIfMissing();
        Path profile = Files.createTempDirectory("why403-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new HeadlessChromium(driver, profile);
    }

    /** Runs the project's installer once when the browser is missing; skips the tests if it is still missing. */
    private static void installIfMissing() {
        if (present()) {
            return;
        }
        try {
            Process install =
                    new ProcessBuilder("bash", INSTALLER.toString()).inheritIO().start();
            install.waitFor(5, TimeUnit.MINUTES);
        } catch (IOException e) {
            // the check below reports what is missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Assumptions.assumeTrue(
                present(),
                "Browser tests skipped: " + BINARY + " or " + DRIVER + " is missing and " + INSTALLER
                        + " could not install them (it needs root); install the packages chromium and"
                        + " chromium-driver to run them");
    }

    private static boolean present() {
        return new File(BINARY.toString()).canExecute() && new File(DRIVER.toString()).canExecute();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
