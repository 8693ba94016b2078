package dev.why403.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A help-desk agent signs in to the console in headless Chromium, finds a session, notes it and copies the reply. */
@QuarkusTest
class ConsoleBrowserTest extends BrowserTest {

    @TestHTTPResource("/console")
    URL console;

    @Test
    void agent_findsASession_addsANote_andCopiesTheReply() throws IOException {
        String id = ConsolePagesTest.cloudflareSession().getString("id");

        browser.get(signedIn(console));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sessions");
        browser.findElement(By.name("vendor")).sendKeys("cloudflare");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Filter']")));
        assertThat(browser.getCurrentUrl()).contains("vendor=cloudflare");
        Screenshots.save(browser, "10-console-list");

        clickAndWait(browser.findElement(By.cssSelector("a[href='/console/sessions/" + id + "']")));
        browser.findElement(By.id("note-text")).sendKeys("Customer is on the office VPN <b>");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Add the note']")));
        assertThat(browser.findElement(By.cssSelector(".note-text")).getText())
                .isEqualTo("Customer is on the office VPN <b>");

        WebElement reply = browser.findElement(By.id("reply-text"));
        assertThat(reply.getDomProperty("value")).contains("The most likely cause", "8c1d2e3f4a5b6c7d-AMS");
        browser.findElement(By.xpath("//button[text()='Copy the reply']")).click();
        WebElement status = browser.findElement(By.xpath("//button[text()='Copy the reply']/following-sibling::span"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> !status.getText().isEmpty());
        assertThat(status.getText()).isIn("Copied.", "Selected: press Ctrl+C to copy.");
        Object selected = browser.executeScript("const area = document.getElementById('reply-text');"
                + " return area.value.substring(area.selectionStart, area.selectionEnd);");
        assertThat(selected).isEqualTo(reply.getDomProperty("value"));
        Screenshots.save(browser, "11-console-case");
    }

    // Basic authentication in the address: the browser signs in with it and keeps it for the pages that follow.
    private static String signedIn(URL url) {
        return url.getProtocol() + "://agent:why403-agent@" + url.getAuthority() + url.getFile();
    }

    private static void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> isStale(element));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium may report a node of the page just left this way instead of as stale.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
