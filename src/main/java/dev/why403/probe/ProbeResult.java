package dev.why403.probe;

import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import java.util.List;
import java.util.Optional;

/**
 * What one probe sent and saw, with every credential replaced by {@code [redacted]}.
 *
 * @param sent the first request of the probe, as sent
 * @param response the last response, after the redirects that were followed
 * @param redirects each redirect followed, in order
 * @param refusal why the probe, or one of its redirects, was not sent
 * @param error what went wrong otherwise: a timeout, a connection failure, too many redirects
 */
public record ProbeResult(
        String probeId,
        SentRequest sent,
        Optional<HttpResponse> response,
        boolean bodyTruncated,
        long millis,
        List<Redirect> redirects,
        Optional<Refusal> refusal,
        Optional<String> error) {

    public ProbeResult {
        redirects = List.copyOf(redirects);
    }

    public Optional<Integer> status() {
        return response.flatMap(HttpResponse::status);
    }

    public record SentRequest(String method, String url, List<Header> headers) {

        public SentRequest {
            headers = List.copyOf(headers);
        }
    }

    /** A redirect response: the URL that answered, its status, and the URL it sent the probe to. */
    public record Redirect(String url, int status, String location) {}
}
