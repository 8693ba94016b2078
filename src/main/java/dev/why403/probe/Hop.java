package dev.why403.probe;

import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/** Sends one request of a probe, to an address already checked, and reads its answer up to the body cap. */
final class Hop {

    private final CloseableHttpClient client;

    private final int bodyCap;

    private volatile HttpUriRequestBase inFlight;

    Hop(CloseableHttpClient client, int bodyCap) {
        this.client = client;
        this.bodyCap = bodyCap;
    }

    Answer send(String method, URI url, List<Header> headers, Duration timeout) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, url);
        headers.forEach(header -> request.addHeader(header.name(), header.value()));
        request.setConfig(config(timeout));
        inFlight = request;

        ClassicHttpResponse response = client.executeOpen(target(url), request, null);
        Answer answer;
        try {
            answer = answer(response, request);
        } catch (IOException e) {
            response.close();
            throw e;
        }
        close(response, answer.truncated());
        return answer;
    }

    private Answer answer(ClassicHttpResponse response, HttpUriRequestBase request) throws IOException {
        List<Header> headers = Arrays.stream(response.getHeaders())
                .map(header -> new Header(header.getName(), header.getValue()))
                .toList();
        Body body = read(response.getEntity(), request);
        return new Answer(response.getCode(), headers, body.text(), body.truncated());
    }

    private static void close(ClassicHttpResponse response, boolean aborted) throws IOException {
        try {
            response.close();
        } catch (IOException e) {
            if (!aborted) {
                throw e;
            }
            // The connection was aborted on purpose at the body cap; closing it again may only complain.
        }
    }

    /** Aborts the request in flight, if any: its connection is closed and the waiting thread wakes up. */
    void cancel() {
        HttpUriRequestBase request = inFlight;
        if (request != null) {
            request.cancel();
        }
    }

    private static HttpHost target(URI url) {
        return new HttpHost(Urls.scheme(url), Urls.bareHost(url), Urls.port(url));
    }

    private static RequestConfig config(Duration timeout) {
        Timeout limit = Timeout.ofMilliseconds(Math.max(1, timeout.toMillis()));
        return RequestConfig.custom()
                .setConnectionRequestTimeout(limit)
                .setConnectTimeout(limit)
                .setResponseTimeout(limit)
                .setRedirectsEnabled(false)
                .build();
    }

    private Body read(HttpEntity entity, HttpUriRequestBase request) throws IOException {
        if (entity == null) {
            return new Body("", false);
        }
        InputStream in = entity.getContent();
        byte[] bytes = in.readNBytes(bodyCap + 1);
        if (bytes.length > bodyCap) {
            // The rest is not wanted: abort rather than let closing the response read it to the end.
            request.cancel();
            return new Body(new String(Arrays.copyOf(bytes, bodyCap), charset(entity)), true);
        }
        in.close();
        return new Body(new String(bytes, charset(entity)), false);
    }

    private static Charset charset(HttpEntity entity) {
        ContentType type = ContentType.parseLenient(entity.getContentType());
        return type == null ? StandardCharsets.UTF_8 : type.getCharset(StandardCharsets.UTF_8);
    }

    record Answer(int status, List<Header> headers, String body, boolean truncated) {}

    private record Body(String text, boolean truncated) {}
}
