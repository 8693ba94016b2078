package dev.why403.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A server on 127.0.0.1 that answers every request through one function, as a real site's refusal would. */
final class LoopbackSite implements AutoCloseable {

    // The JDK server sets these itself from the body it sends, which is never compressed.
    private static final Set<String> OWN_HEADERS =
            Set.of("content-length", "transfer-encoding", "content-encoding", "date", "connection");

    private final HttpServer server;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    LoopbackSite(Function<HttpExchange, HttpResponse> behaviour) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(exchange, behaviour.apply(exchange)));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static HttpResponse ok() {
        return new HttpResponse(Optional.of(200), List.of(new Header("Content-Type", "text/plain")), "ok");
    }

    static HttpResponse of(int status, String body, Header... headers) {
        return new HttpResponse(Optional.of(status), List.of(headers), body);
    }

    private static void answer(HttpExchange exchange, HttpResponse response) throws IOException {
        for (Header header : response.headers()) {
            if (!OWN_HEADERS.contains(header.name().toLowerCase())) {
                exchange.getResponseHeaders().add(header.name(), header.value());
            }
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || body.length == 0;
        exchange.sendResponseHeaders(response.status().orElse(200), noBody ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                out.write(body);
            }
        } catch (IOException clientWentAway) {
            // The prober may stop reading at its body cap.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
