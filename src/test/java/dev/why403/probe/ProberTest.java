package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped probe plan against a loopback server that refuses by credentials, User-Agent, method or Referer. */
class ProberTest {

    private static final ProbePlan PLAN = new ProbePlanLoader().load(Path.of("knowledge/http-403/probes.yaml"));

    private final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();

    // The https probe meets a plain HTTP server that never answers it: a short timeout keeps the tests quick.
    private final Prober prober = new Prober(
            ProbeSettings.defaults().withRequestTimeout(Duration.ofSeconds(2)),
            AddressPolicy.allowing(AddressClass.LOOPBACK),
            host -> {
                throw new AssertionError("no name is looked up in these tests: " + host);
            },
            connections::add);

    private LocalServer server;

    @AfterEach
    void stop() {
        prober.close();
        server.close();
    }

    private Map<String, String> factsFor(String path, Header... headers) throws IOException {
        server = new LocalServer(ProberTest::site);
        List<ProbeResult> results = prober.run(PLAN, ProbeRequest.get(server.url(path), headers));
        return ProbeFacts.asMap(ProbeFacts.from(PLAN, results));
    }

    /** A site whose every path refuses for one reason. */
    private static LocalServer.Answer site(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        var headers = exchange.getRequestHeaders();
        String userAgent = Optional.ofNullable(headers.getFirst("User-Agent")).orElse("");
        return switch (path) {
            case "/api/items" ->
                headers.containsKey("Authorization")
                        ? LocalServer.Answer.of(403, "{\"error\":\"insufficient_scope\"}")
                        : LocalServer.Answer.of(401, "", Map.of("WWW-Authenticate", "Bearer"));
            case "/download/file" -> LocalServer.Answer.of(userAgent.contains("Mozilla") ? 200 : 403, "file");
            case "/admin/" -> LocalServer.Answer.of(method.equals("GET") ? 403 : 200, "");
            case "/img/cat.png" -> LocalServer.Answer.of(headers.containsKey("Referer") ? 200 : 403, "png");
            case "/old" -> LocalServer.Answer.of(302, "", Map.of("Location", "/users/sign-in?next=%2Fold"));
            case "/users/sign-in" -> LocalServer.Answer.of(200, "<form>");
            case "/limited" -> LocalServer.Answer.of(403, "slow down", Map.of("Retry-After", "30"));
            default -> LocalServer.Answer.of(404, "");
        };
    }

    @Test
    void tokenReadButRefused() throws IOException {
        Map<String, String> facts = factsFor("/api/items", new Header("Authorization", "Bearer abcdef123456"));

        assertThat(facts)
                .containsEntry("probe_as_given_status", "403")
                .containsEntry("probe_without_credentials_status", "401")
                .containsEntry("credentials_read_but_refused", "yes")
                .containsEntry("user_agent_dependent", "no")
                .containsEntry("probe_redirected_to_login", "no")
                .containsEntry("probe_retry_after_present", "no")
                .containsEntry("probe_other_scheme_status", "none");
    }

    @Test
    void scriptUserAgentRefused() throws IOException {
        Map<String, String> facts = factsFor("/download/file", new Header("User-Agent", "curl/8.5.0"));

        assertThat(facts)
                .containsEntry("probe_as_given_status", "403")
                .containsEntry("probe_browser_user_agent_status", "200")
                .containsEntry("probe_script_user_agent_status", "403")
                .containsEntry("user_agent_dependent", "yes")
                .containsEntry("credentials_read_but_refused", "no");
    }

    @Test
    void onlyGetRefused() throws IOException {
        Map<String, String> facts = factsFor("/admin/");

        assertThat(facts)
                .containsEntry("probe_head_status", "200")
                .containsEntry("probe_options_status", "200")
                .containsEntry("method_dependent", "yes")
                .containsEntry("probe_trailing_slash_toggled_status", "404")
                .containsEntry("trailing_slash_dependent", "no");
    }

    @Test
    void missingRefererRefused() throws IOException {
        Map<String, String> facts = factsFor("/img/cat.png");

        assertThat(facts)
                .containsEntry("probe_with_referer_origin_status", "200")
                .containsEntry("probe_without_referer_origin_status", "403")
                .containsEntry("referer_dependent", "yes")
                .containsEntry("method_dependent", "no");
    }

    @Test
    void redirectToSignInPageAndRetryAfter() throws IOException {
        assertThat(factsFor("/old")).containsEntry("probe_redirected_to_login", "yes");
        server.close();
        assertThat(factsFor("/limited")).containsEntry("probe_retry_after_present", "yes");
    }

    @Test
    void resultsKeepPlanOrderAndSaySentRequest() throws IOException {
        server = new LocalServer(ProberTest::site);

        List<ProbeResult> results = prober.run(PLAN, ProbeRequest.get(server.url("/a/b/c")));

        assertThat(results)
                .extracting(ProbeResult::probeId)
                .containsExactlyElementsOf(PLAN.probes().stream().map(Probe::id).toList());
        assertThat(results.get(9).sent().url()).isEqualTo(server.url("/a/b/"));
        assertThat(results.get(8).sent().url()).isEqualTo(server.url("/a/b/c/"));
        assertThat(results.get(10).sent().url()).startsWith("https://127.0.0.1:");
        assertThat(results.get(10).error()).isPresent();
        assertThat(connections).allMatch(address -> address.getAddress().isLoopbackAddress());
    }

    @Test
    void unsafeMethodIsNeverSentButSafeVariationsAre() throws IOException {
        server = new LocalServer(ProberTest::site);
        var post = new ProbeRequest("POST", java.net.URI.create(server.url("/admin/")), List.of());

        List<ProbeResult> results = prober.run(PLAN, post);

        assertThat(results.get(0).refusal())
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("POST"));
        assertThat(results.get(2).status()).contains(200);
        assertThat(server.seen()).noneMatch(seen -> seen.method().equals("POST"));
    }
}
