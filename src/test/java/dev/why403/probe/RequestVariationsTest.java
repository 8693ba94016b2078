package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.observation.HttpResponse.Header;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestVariationsTest {

    private static final ProbePlan.UserAgents AGENTS = new ProbePlan.UserAgents("Mozilla/5.0 (test)", "curl/8");

    private static final ProbeRequest GIVEN = new ProbeRequest(
            "GET",
            URI.create("https://files.example.test/a/b?X-Amz-Signature=abc&page=2"),
            List.of(
                    new Header("Authorization", "Bearer abcdef123456"),
                    new Header("Cookie", "session=xyz"),
                    new Header("X-Api-Key", "k-123456"),
                    new Header("User-Agent", "python-requests/2.31"),
                    new Header("Referer", "https://elsewhere.example.test/"),
                    new Header("Accept", "application/json"),
                    new Header("Host", "spoofed.example.test"),
                    new Header("Content-Length", "12")));

    private static ProbeRequest vary(ProbeChange change) {
        return RequestVariations.apply(change, GIVEN, AGENTS);
    }

    private static ProbeChange change(String yamlName) {
        return switch (yamlName) {
            case "drop" -> new ProbeChange(null, ProbeChange.Credentials.DROP, null, null, null, null);
            case "browser" -> new ProbeChange(null, null, ProbeChange.UserAgent.BROWSER, null, null, null);
            case "origin" -> new ProbeChange(null, null, null, ProbeChange.Referer.ORIGIN, null, null);
            case "none" -> new ProbeChange(null, null, null, ProbeChange.Referer.NONE, null, null);
            default -> throw new IllegalArgumentException(yamlName);
        };
    }

    private static List<String> names(ProbeRequest request) {
        return request.headers().stream().map(Header::name).toList();
    }

    @Test
    void asGivenKeepsEverythingButConnectionHeaders() {
        ProbeRequest request = vary(ProbeChange.NONE);

        assertThat(request.url()).isEqualTo(GIVEN.url());
        assertThat(names(request))
                .containsExactly("Authorization", "Cookie", "X-Api-Key", "User-Agent", "Referer", "Accept");
    }

    @Test
    void withoutCredentialsDropsHeadersAndSignedUrlParameters() {
        ProbeRequest request = vary(change("drop"));

        assertThat(names(request)).containsExactly("User-Agent", "Referer", "Accept");
        assertThat(request.url()).hasToString("https://files.example.test/a/b?page=2");
    }

    @Test
    void userAgentAndRefererAreReplaced() {
        assertThat(vary(change("browser")).headers()).contains(new Header("User-Agent", "Mozilla/5.0 (test)"));
        assertThat(vary(change("origin")).headers())
                .contains(new Header("Referer", "https://files.example.test/"))
                .contains(new Header("Origin", "https://files.example.test"));
        assertThat(names(vary(change("none")))).doesNotContain("Referer", "Origin");
    }

    @Test
    void otherSchemeKeepsPathAndQuery() {
        var change = new ProbeChange(null, null, null, null, null, ProbeChange.Scheme.OTHER);

        assertThat(vary(change).url()).hasToString("http://files.example.test/a/b?X-Amz-Signature=abc&page=2");
    }

    @Test
    void userInfoBecomesBasicAuthorisation() {
        var given = new ProbeRequest("HEAD", URI.create("http://alice:s3cret@127.1:8080/x"), List.of());

        ProbeRequest request = RequestVariations.apply(ProbeChange.NONE, given, AGENTS);

        assertThat(request.url()).hasToString("http://127.1:8080/x");
        assertThat(request.headers()).containsExactly(new Header("Authorization", "Basic YWxpY2U6czNjcmV0"));
    }

    @ParameterizedTest
    @CsvSource({
        "/a/b, TOGGLE_TRAILING_SLASH, /a/b/",
        "/a/b/, TOGGLE_TRAILING_SLASH, /a/b",
        "/, TOGGLE_TRAILING_SLASH, /",
        "/a/b/c, PARENT, /a/b/",
        "/a/b/, PARENT, /a/",
        "/a, PARENT, /",
        "/, PARENT, /"
    })
    void pathChanges(String path, ProbeChange.Path change, String expected) {
        assertThat(RequestVariations.path(change, URI.create("https://example.test" + path)))
                .isEqualTo(expected);
    }
}
