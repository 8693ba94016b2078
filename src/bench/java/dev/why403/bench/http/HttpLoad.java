package dev.why403.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads a server on loopback, one endpoint after another, each first warmed and then measured; writes the figures as
 * JSON. Arguments: base URL (must be loopback), output file, seconds measured per endpoint, workers, endpoints
 * ({@code knowledge}, {@code create}, {@code answer}, {@code ping}).
 */
public final class HttpLoad {

    static final double WARM_UP_SECONDS = 3;

    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        String base = loopback(args[0]);
        double seconds = Double.parseDouble(args[2]);
        int workers = Integer.parseInt(args[3]);
        List<String> names = List.of(args).subList(4, args.length);
        Endpoints endpoints = new Endpoints(base, SessionBody.json());
        Load load = new Load(workers);

        for (String name : names) {
            load.run(name, WARM_UP_SECONDS, request(endpoints, name));
        }
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (String name : names) {
            LoadResult result = load.run(label(name), seconds, request(endpoints, name));
            System.out.printf(
                    "%s: %d requests, %d errors, %.0f/s%n",
                    result.label(), result.requests(), result.errors(), result.throughput());
            scenarios.put(name, result.json());
        }
        write(Path.of(args[1]), describe(seconds, workers), scenarios);
    }

    private static Supplier<Outcome> request(Endpoints endpoints, String name) {
        return switch (name) {
            case "knowledge" -> () -> endpoints.get("/api/knowledge");
            case "ping" -> () -> endpoints.get("/api/ping");
            case "create" -> endpoints::createSession;
            case "answer" -> endpoints::answer;
            default -> throw new IllegalArgumentException("unknown endpoint " + name);
        };
    }

    private static String label(String name) {
        return switch (name) {
            case "knowledge" -> "GET /api/knowledge (trivial)";
            case "ping" -> "GET /api/ping";
            case "create" -> "POST /api/sessions (pasted response)";
            case "answer" -> "POST /api/sessions/{id}/answers";
            default -> name;
        };
    }

    private static String describe(double seconds, int workers) {
        return String.format(
                java.util.Locale.ROOT,
                "Closed loop: %d workers in one client JVM, on the same two cores as the server. Each "
                        + "endpoint is warmed for %.0f s, then measured for up to %.0f s; each answer goes to a "
                        + "session made by the create scenario, so the answer scenario ends early when those run "
                        + "out. Latency is from sending a request to its whole answer.",
                workers,
                WARM_UP_SECONDS,
                seconds);
    }

    private static String loopback(String base) {
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load goes to http://127.0.0.1 only, not " + base);
        }
        return base;
    }

    private static void write(Path file, String description, Map<String, Object> scenarios) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", description);
        json.put("scenarios", scenarios);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }
}
