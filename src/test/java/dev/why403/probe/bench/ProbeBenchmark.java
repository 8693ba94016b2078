package dev.why403.probe.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.why403.observation.HttpResponse.Header;
import dev.why403.probe.ProbePlan;
import dev.why403.probe.ProbePlanLoader;
import dev.why403.probe.ProbeRequest;
import dev.why403.probe.ProbeResult;
import dev.why403.probe.ProbeSettings;
import dev.why403.probe.Prober;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wall time of one probe run against a loopback server whose slowest answer takes 1 s: the probes run in parallel,
 * so the run should take little more than that (target below 1.2 s). It is not a test; run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.why403.probe.bench.ProbeBenchmark
 * -Dexec.classpathScope=test}.
 *
 * <p>The {@code other-scheme} probe is left out: it would send TLS to this plain HTTP port, which never answers, and
 * so measure the request timeout instead of the prober.
 */
public final class ProbeBenchmark {

    private static final int RUNS = 7;

    private ProbeBenchmark() {}

    public static void main(String[] args) throws IOException {
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", ProbeBenchmark::answer);
        server.start();
        try (Prober prober = new Prober(ProbeSettings.defaults().withAllowPrivateNetworks(true))) {
            measure(prober, plan(), "http://127.0.0.1:" + server.getAddress().getPort() + "/reports/2024/q3.pdf");
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static void measure(Prober prober, ProbePlan plan, String url) {
        ProbeRequest request = ProbeRequest.get(url, new Header("Authorization", "Bearer bench-token-0000"));
        prober.run(plan, request);

        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            List<ProbeResult> results = prober.run(plan, request);
            millis.add((System.nanoTime() - started) / 1_000_000);
            requireAnswers(results);
        }
        Collections.sort(millis);
        System.out.printf(
                "%d probes, slowest answer 1000 ms, %d runs after one warm-up: min %d ms, median %d ms, max %d ms%n",
                plan.probes().size(), RUNS, millis.get(0), millis.get(RUNS / 2), millis.get(RUNS - 1));
    }

    private static void requireAnswers(List<ProbeResult> results) {
        for (ProbeResult result : results) {
            if (result.status().isEmpty()) {
                throw new IllegalStateException("probe " + result.probeId() + " got no answer: " + result);
            }
        }
    }

    private static ProbePlan plan() {
        ProbePlan shipped = new ProbePlanLoader().load(Path.of("knowledge/http-403/probes.yaml"));
        var probes = shipped.probes().stream()
                .filter(probe -> !probe.id().equals("other-scheme"))
                .toList();
        return new ProbePlan(shipped.userAgents(), shipped.loginPage(), probes);
    }

    /** A browser's User-Agent gets the slow answer; the other variations answer at once or within 200 ms. */
    private static void answer(HttpExchange exchange) throws IOException {
        String userAgent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
        boolean browser = userAgent.startsWith("Mozilla");
        pause(browser ? 1_000 : exchange.getRequestURI().getPath().length() * 10L);
        byte[] body = (browser ? "ok" : "forbidden").getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(browser ? 200 : 403, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
