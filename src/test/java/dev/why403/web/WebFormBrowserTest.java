package dev.why403.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person with a 403 uses the pages in a real headless Chromium, by clicking and typing, with no shortcuts. */
@QuarkusTest
class WebFormBrowserTest extends BrowserTest {

    static final String DONT_KNOW = "I don't know";

    @TestHTTPResource("/")
    URL start;

    @Test
    void questions_leadToADiagnosis_withBackDontKnowAndAChangedAnswer() throws IOException {
        browser.get(start.toString());
        Screenshots.save(browser, "01-start");
        click("Start the questions");

        choose("403 Forbidden");
        choose(DONT_KNOW);
        assertThat(progress()).contains("Answered so far: 2");
        Screenshots.save(browser, "02-question");

        choose("Yes, it used to work");
        click("Back");
        assertThat(progress()).contains("Answered so far: 2");
        assertThat(questionText()).isEqualTo("Did this exact request work before?");

        clickAndWait(browser.findElement(By.xpath("//ol[@class='answers']/li[2]/a[contains(@class,'change')]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your answer");
        Screenshots.save(browser, "03-change");
        choose("Yes, I am signed in or send a key");
        assertThat(earlierAnswers()).contains("Yes, I am signed in or send a key");
        assertThat(questionText()).isEqualTo("Does the same thing work for a colleague or with another account?");

        answerEveryQuestionWith(DONT_KNOW);
        assertThat(browser.getCurrentUrl()).endsWith("/result");
        assertThat(browser.findElements(By.cssSelector("li.cause"))).isNotEmpty();
        Screenshots.save(browser, "04-result-questions");
    }

    @Test
    void pastedCloudflareBlock_putsTheIpBlockFirstAndShowsTheRayId() throws IOException {
        BrowserCases.SharedCase shared = BrowserCases.cloudflareBan();
        browser.get(start.toString());

        browser.findElement(By.id("response")).sendKeys(shared.response());
        new Select(browser.findElement(By.id("method"))).selectByValue("DELETE");
        browser.findElement(By.id("url")).sendKeys("https://vault.example.com/api/ciphers/1");
        new Select(browser.findElement(By.id("credentials"))).selectByValue("bearer");
        click("Explain this response");

        assertThat(browser.getCurrentUrl()).endsWith("/result");
        String first = browser.findElement(By.cssSelector("li.cause")).getAttribute("id");
        assertThat(first).isEqualTo("cause-" + shared.expectedCauses().get(0));
        List<WebElement> references = browser.findElements(By.cssSelector(".reference-list dd"));
        assertThat(references)
                .singleElement()
                .extracting(WebElement::getText)
                .asString()
                .contains("4a1b2c3d4e5f6071");
        Screenshots.save(browser, "05-result-pasted");
        printed(() -> Screenshots.save(browser, "06-result-printed"));
    }

    @Test
    void pasteThatIsNotHttp_showsTheMessageAtTheFieldAndKeepsTheText() throws IOException {
        browser.get(start.toString());
        browser.findElement(By.id("response")).sendKeys("it just says forbidden");
        click("Explain this response");

        WebElement error = browser.findElement(By.id("response-error"));
        assertThat(error.getText()).contains("status line");
        assertThat(browser.findElement(By.id("response")).getAttribute("value")).isEqualTo("it just says forbidden");
        assertThat(browser.findElement(By.id("response")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        Screenshots.save(browser, "07-bad-paste");
    }

    @Test
    void keyboardAndPhoneWidth_skipLinkFirstAndNoSidewaysScrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(start.toString());
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to the content");

            click("Start the questions");
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
            Screenshots.save(browser, "08-question-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void knowledgePage_isOneClickFromTheHeader() throws IOException {
        browser.get(start.toString());
        clickAndWait(browser.findElement(By.linkText("Causes and fixes")));

        assertThat(browser.getCurrentUrl()).endsWith("/knowledge");
        assertThat(browser.findElements(By.cssSelector("article.cause"))).hasSizeGreaterThan(5);
        Screenshots.save(browser, "09-knowledge");
    }

    /** Picks an answer by its label, as a person reads it, and submits the form it belongs to. */
    private static void choose(String label) {
        browser.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]"))
                .click();
        WebElement form = browser.findElement(By.cssSelector("form.question-form"));
        clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private static void click(String buttonText) {
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()=\"" + buttonText + "\"]")));
    }

    /**
     * Clicks a button or link and waits for the next page, so the next step never acts on the old one: the old
     * document is marked, and the wait ends when a complete document without the mark is shown.
     */
    private static void clickAndWait(WebElement target) {
        browser.executeScript("document.documentElement.dataset.left = 'yes'");
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> (Boolean) browser.executeScript(
                        "return document.readyState === 'complete' && !document.documentElement.dataset.left"));
    }

    private static void answerEveryQuestionWith(String label) {
        for (int asked = 0; asked < 30 && !browser.getCurrentUrl().endsWith("/result"); asked++) {
            choose(label);
        }
    }

    private static String progress() {
        return browser.findElement(By.id("progress")).getText();
    }

    private static String questionText() {
        return browser.findElement(By.cssSelector(".question-text")).getText();
    }

    private static List<String> earlierAnswers() {
        return browser.findElements(By.cssSelector("ol.answers .given")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Runs a step with the page laid out for print, then back to the screen. */
    private static void printed(IoStep step) throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            step.run();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    interface IoStep {
        void run() throws IOException;
    }
}
