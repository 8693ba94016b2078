package dev.why403.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseParserTest {

    private final ResponseParser parser = new ResponseParser();

    @Test
    void readsHttp11WithCrlf() {
        HttpResponse response = parser.parse(
                "HTTP/1.1 403 Forbidden\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<h1>403</h1>\r\n");

        assertThat(response.status()).contains(403);
        assertThat(response.header("server")).contains("nginx");
        assertThat(response.header("CONTENT-TYPE")).contains("text/html");
        assertThat(response.body()).isEqualTo("<h1>403</h1>");
    }

    @Test
    void readsHttp2WithoutReasonPhrase() {
        HttpResponse response = parser.parse("HTTP/2 403\ncf-ray: 8c1d-AMS\n\nerror code: 1020\n");

        assertThat(response.status()).contains(403);
        assertThat(response.header("CF-Ray")).contains("8c1d-AMS");
        assertThat(response.body()).isEqualTo("error code: 1020");
    }

    @Test
    void keepsTheLastOfSeveralResponses() {
        String raw = "HTTP/1.1 301 Moved Permanently\nLocation: https://example.com/a/\n\n"
                + "HTTP/2 403\nserver: AkamaiGHost\n\nAccess Denied";

        HttpResponse response = parser.parse(raw);

        assertThat(response.status()).contains(403);
        assertThat(response.header("server")).contains("AkamaiGHost");
        assertThat(response.header("location")).isEmpty();
    }

    @Test
    void readsDevtoolsGeneralSectionAndHeaders() {
        String raw = "Request URL: https://example.com/api\nRequest Method: GET\nStatus Code: 403 Forbidden\n"
                + "Remote Address: 192.0.2.1:443\ncontent-type: application/json\n";

        HttpResponse response = parser.parse(raw);

        assertThat(response.status()).contains(403);
        assertThat(response.header("content-type")).contains("application/json");
    }

    @Test
    void readsHttp2PseudoHeaderStatus() {
        HttpResponse response = parser.parse(":status: 429\nretry-after: 30\n");

        assertThat(response.status()).contains(429);
        assertThat(response.header("retry-after")).contains("30");
    }

    @Test
    void foldsContinuationLines() {
        HttpResponse response = parser.parse("HTTP/1.1 403 Forbidden\nX-Note: first\n  second\n\n");

        assertThat(response.header("x-note")).contains("first second");
    }

    @Test
    void acceptsAPastedPageWithoutStatus() {
        HttpResponse response = parser.parse("\n<html><title>Access denied</title></html>");

        assertThat(response.status()).isEmpty();
        assertThat(response.body()).startsWith("<html>");
    }

    @Test
    void refusesTextThatIsNotHttpNamingTheLine() {
        assertThatThrownBy(() -> parser.parse("\n\nit says forbidden when I open it"))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("status line");
    }

    @Test
    void refusesAnEmptyResponse() {
        assertThatThrownBy(() -> parser.parse("  \n  ")).isInstanceOf(ResponseFormatException.class);
    }
}
