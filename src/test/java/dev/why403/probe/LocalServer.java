package dev.why403.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server for tests, answering through one function and remembering every request it saw. */
final class LocalServer implements AutoCloseable {

    record Seen(String method, String path, Map<String, List<String>> headers) {}

    record Answer(int status, Map<String, String> headers, String body, long delayMillis) {

        static Answer of(int status, String body) {
            return new Answer(status, Map.of(), body, 0);
        }

        static Answer of(int status, String body, Map<String, String> headers) {
            return new Answer(status, headers, body, 0);
        }
    }

    @FunctionalInterface
    interface Behaviour {
        Answer answer(HttpExchange exchange);
    }

    private final HttpServer server;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    LocalServer(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> handle(exchange, behaviour));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Seen> seen() {
        return seen;
    }

    private void handle(HttpExchange exchange, Behaviour behaviour) throws IOException {
        seen.add(new Seen(
                exchange.getRequestMethod(), exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
        Answer answer = behaviour.answer(exchange);
        pause(answer.delayMillis());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || body.length == 0;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                out.write(body);
            }
        } catch (IOException clientWentAway) {
            // The prober may stop reading at its body cap or its deadline.
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
