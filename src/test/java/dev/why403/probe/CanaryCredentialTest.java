package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials given for a run never come back: not in results, their text, the facts, nor the log. */
class CanaryCredentialTest {

    private static final String TOKEN = "canaryTOKEN7f3a9c";

    private static final String COOKIE = "canaryCOOKIE51d2e";

    private static final String API_KEY = "canaryAPIKEY0b77";

    private static final String SIGNATURE = "canarySIG9e41aa";

    private static final String PASSWORD = "canaryPASS3c8d";

    private static final List<String> CANARIES = List.of(TOKEN, COOKIE, API_KEY, SIGNATURE, PASSWORD);

    private final List<String> logged = new CopyOnWriteArrayList<>();

    private final Logger probeLog = Logger.getLogger("dev.why403.probe");

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
            logged.add(record.getMessage() + " " + Arrays.deepToString(parameters) + " " + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private Level levelBefore;

    private LocalServer server;

    @BeforeEach
    void captureLog() {
        levelBefore = probeLog.getLevel();
        probeLog.setLevel(Level.ALL);
        probeLog.addHandler(capture);
    }

    @AfterEach
    void release() {
        probeLog.removeHandler(capture);
        probeLog.setLevel(levelBefore);
        server.close();
    }

    /** Echoes every credential back, in a cookie, a header, a body and a redirect, and redirects to a refused host. */
    private static LocalServer.Answer leaky(HttpExchange exchange) {
        String echo =
                exchange.getRequestURI() + " " + exchange.getRequestHeaders().entrySet();
        if (exchange.getRequestURI().getPath().equals("/files/report.pdf")) {
            return LocalServer.Answer.of(302, echo, Map.of("Location", "/next?access_token=" + TOKEN));
        }
        if (exchange.getRequestURI().getPath().equals("/next")) {
            return LocalServer.Answer.of(302, "", Map.of("Location", "http://10.0.0.9/?sig=" + SIGNATURE));
        }
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Map<String, String> headers = Map.of("Set-Cookie", "session=" + COOKIE, "X-Echo", auth);
        return LocalServer.Answer.of(403, echo, headers);
    }

    @Test
    void noCanaryAnywhere() throws IOException {
        server = new LocalServer(CanaryCredentialTest::leaky);
        ProbePlan plan = new ProbePlanLoader().load(Path.of("knowledge/http-403/probes.yaml"));
        String url = server.url("/files/report.pdf?X-Amz-Credential=AKIA%2F" + SIGNATURE + "&X-Amz-Signature="
                        + SIGNATURE + "&page=2")
                .replace("http://", "http://alice:" + PASSWORD + "@");
        ProbeRequest request = new ProbeRequest(
                "GET",
                URI.create(url),
                List.of(
                        new Header("Authorization", "Bearer " + TOKEN),
                        new Header("Cookie", "theme=dark; session=" + COOKIE),
                        new Header("X-Api-Key", API_KEY)));

        List<ProbeResult> results;
        try (Prober prober = new Prober(
                ProbeSettings.defaults().withRequestTimeout(Duration.ofSeconds(3)),
                AddressPolicy.allowing(AddressClass.LOOPBACK),
                host -> {
                    throw new AssertionError("no name is looked up here: " + host);
                },
                ConnectionWatch.NONE)) {
            results = prober.run(plan, request);
        }

        // Probes run in parallel, so the one that kept the credentials need not arrive first.
        assertThat(server.seen())
                .anySatisfy(
                        seen -> assertThat(seen.headers().get("Authorization")).containsExactly("Bearer " + TOKEN));
        assertThat(results.get(0).refusal()).isPresent();
        assertThat(results.get(9).status()).contains(403);
        assertThat(results.toString()).contains(Redactor.REDACTED);
        assertThat(request.toString()).contains(Redactor.REDACTED);
        assertNoCanary(results.toString());
        assertNoCanary(ProbeFacts.from(plan, results).toString());
        assertNoCanary(request.toString());
        assertThat(logged).anyMatch(line -> line.contains("not sent"));
        assertNoCanary(String.join("\n", logged));
    }

    private static void assertNoCanary(String text) {
        for (String canary : CANARIES) {
            assertThat(text).doesNotContain(canary);
        }
    }
}
