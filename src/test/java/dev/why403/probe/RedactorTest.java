package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.observation.HttpResponse.Header;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.forRequest(new ProbeRequest(
            "GET",
            URI.create("https://bob:hunter22@example.test/f?sig=SIGVALUE1&X-Amz-Credential=AKIA%2Fscope&n=1"),
            List.of(
                    new Header("Authorization", "Basic YWxpY2U6b3BlbnNlc2FtZQ=="),
                    new Header("Private-Token", "glpat-0123456789"),
                    new Header("Accept", "text/html"))));

    @Test
    void hidesUserInfoAndSignedUrlParameters() {
        String url = redactor.url(URI.create("https://bob:hunter22@example.test/f?sig=SIGVALUE1&n=1&token=new"));

        assertThat(url).isEqualTo("https://[redacted]@example.test/f?sig=[redacted]&n=1&token=[redacted]");
    }

    @Test
    void hidesCredentialHeadersButKeepsOthers() {
        List<Header> headers = redactor.requestHeaders(List.of(
                new Header("Authorization", "Basic YWxpY2U6b3BlbnNlc2FtZQ=="),
                new Header("X-Session-Id", "abc"),
                new Header("Accept", "text/html")));

        assertThat(headers)
                .containsExactly(
                        new Header("Authorization", "[redacted]"),
                        new Header("X-Session-Id", "[redacted]"),
                        new Header("Accept", "text/html"));
    }

    @Test
    void hidesSecretsEchoedInTextIncludingDecodedBasicPassword() {
        String echoed = "user alice:opensesame with glpat-0123456789, password opensesame, hunter22, SIGVALUE1";

        assertThat(redactor.text(echoed))
                .doesNotContain("opensesame", "glpat-0123456789", "hunter22", "SIGVALUE1")
                .startsWith("user [redacted] with [redacted]");
    }

    @Test
    void keepsTheNameOfASetCookieButNotItsValue() {
        List<Header> headers = redactor.responseHeaders(List.of(
                new Header("Set-Cookie", "__cf_bm=abc.def-123; path=/; HttpOnly"), new Header("Set-Cookie", "odd")));

        assertThat(headers)
                .containsExactly(
                        new Header("Set-Cookie", "__cf_bm=[redacted]; path=/; HttpOnly"),
                        new Header("Set-Cookie", "[redacted]"));
    }

    @Test
    void hidesParametersInRelativeRedirects() {
        List<Header> headers = redactor.responseHeaders(List.of(new Header("Location", "/next?access_token=fresh1")));

        assertThat(headers).containsExactly(new Header("Location", "/next?access_token=[redacted]"));
    }
}
