package dev.why403.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** Saves whole-page screenshots under target/screenshots, for a person to look at. */
final class Screenshots {

    static final Path FOLDER = Path.of("target/screenshots");

    private Screenshots() {}

    /** The whole page, not only the window: Chromium is asked to capture beyond the viewport. */
    static void save(ChromeDriver driver, String name) throws IOException {
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
