package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refused targets see no connection, redirects are checked hop by hop, and the limits of a run hold. */
class ProberSafetyTest {

    static final ProbePlan AS_GIVEN = new ProbePlan(
            new ProbePlan.UserAgents("Mozilla/5.0 (test)", "curl/8"),
            "/login",
            List.of(new Probe("as-given", "The request as given.", null)));

    private final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();

    private final List<String> lookedUp = new CopyOnWriteArrayList<>();

    private LocalServer server;

    private Prober prober;

    @AfterEach
    void stop() {
        if (prober != null) {
            prober.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Prober prober(ProbeSettings settings, AddressPolicy policy) {
        HostResolver fakeDns = host -> {
            lookedUp.add(host);
            if (host.equals("intranet.example.test")) {
                return List.of(InetAddress.getByName("10.1.2.3"));
            }
            throw new UnknownHostException(host);
        };
        prober = new Prober(settings, policy, fakeDns, connections::add);
        return prober;
    }

    private ProbeResult redirectTo(String location) throws IOException {
        server = new LocalServer(exchange -> LocalServer.Answer.of(302, "", Map.of("Location", location)));
        Prober loopbackOnly = prober(ProbeSettings.defaults(), AddressPolicy.allowing(AddressClass.LOOPBACK));
        return loopbackOnly
                .run(AS_GIVEN, ProbeRequest.get(server.url("/start")))
                .get(0);
    }

    @Test
    void redirectToPrivateNetworkIsRefusedWithoutConnecting() throws IOException {
        ProbeResult result = redirectTo("http://10.0.0.1/internal?token=abcdef");

        assertThat(result.refusal())
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("private network"));
        assertThat(result.status()).contains(302);
        assertThat(result.redirects()).singleElement().satisfies(redirect -> {
            assertThat(redirect.location()).isEqualTo("http://10.0.0.1/internal?token=[redacted]");
        });
        assertOnlyTheLocalServerWasContacted();
    }

    @Test
    void redirectToMetadataServiceIsRefusedWithoutConnectingOrLookingUp() throws IOException {
        assertThat(redirectTo("http://169.254.169.254/latest/meta-data/").refusal())
                .isPresent();
        assertOnlyTheLocalServerWasContacted();
        server.close();
        prober.close();

        assertThat(redirectTo("http://metadata.google.internal/computeMetadata/v1/")
                        .refusal())
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("cloud metadata"));
        assertThat(lookedUp).isEmpty();
        assertOnlyTheLocalServerWasContacted();
    }

    @Test
    void redirectToNameResolvingToPrivateAddressIsRefused() throws IOException {
        ProbeResult result = redirectTo("http://intranet.example.test/");

        assertThat(result.refusal())
                .hasValueSatisfying(r -> assertThat(r.target()).contains("10.1.2.3"));
        assertThat(lookedUp).containsExactly("intranet.example.test");
        assertOnlyTheLocalServerWasContacted();
    }

    @Test
    void oddNotationsConnectOnlyToTheAddressTheyWereCheckedAs() throws IOException {
        server = new LocalServer(exchange -> LocalServer.Answer.of(403, "local"));
        Prober loopbackOnly = prober(ProbeSettings.defaults(), AddressPolicy.allowing(AddressClass.LOOPBACK));
        String port = server.url("").replaceAll(".*:", "");

        for (String host : List.of("0x7f.0.0.1", "127.1", "2130706433", "0177.0.0.01", "[::ffff:127.0.0.1]")) {
            ProbeResult result = loopbackOnly
                    .run(AS_GIVEN, ProbeRequest.get("http://" + host + ":" + port + "/"))
                    .get(0);
            assertThat(result.status()).as(host).contains(403);
        }
        assertThat(lookedUp).isEmpty();
        assertThat(connections)
                .hasSize(5)
                .allMatch(address -> address.getAddress().isLoopbackAddress());
    }

    @Test
    void loopbackIsRefusedByDefaultBeforeAnyConnection() throws IOException {
        server = new LocalServer(exchange -> LocalServer.Answer.of(200, "secret admin page"));

        ProbeResult result = new Prober(ProbeSettings.defaults())
                .run(AS_GIVEN, ProbeRequest.get(server.url("/")))
                .get(0);

        assertThat(result.refusal())
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("loopback"));
        assertThat(result.response()).isEmpty();
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void stopsAfterFiveRedirects() throws IOException {
        ProbeResult result = redirectTo("/again");

        assertThat(result.error()).contains("stopped after 5 redirects");
        assertThat(result.redirects()).hasSize(5);
        assertThat(server.seen()).hasSize(6);
    }

    @Test
    void credentialsAreNotCarriedToAnotherOrigin() throws IOException {
        try (LocalServer other = new LocalServer(exchange -> LocalServer.Answer.of(200, "elsewhere"))) {
            server = new LocalServer(exchange -> LocalServer.Answer.of(302, "", Map.of("Location", other.url("/"))));
            Prober loopbackOnly = prober(ProbeSettings.defaults(), AddressPolicy.allowing(AddressClass.LOOPBACK));
            var request = ProbeRequest.get(server.url("/"), new Header("Authorization", "Bearer abcdef123456"));

            ProbeResult result = loopbackOnly.run(AS_GIVEN, request).get(0);

            assertThat(result.status()).contains(200);
            assertThat(server.seen().get(0).headers()).containsKey("Authorization");
            assertThat(other.seen().get(0).headers()).doesNotContainKey("Authorization");
        }
    }

    @Test
    void deadlineEndsTheRunWhateverTheServerDoes() throws IOException {
        server = new LocalServer(exchange -> new LocalServer.Answer(200, Map.of(), "late", 10_000));
        var settings = ProbeSettings.defaults().withDeadline(Duration.ofMillis(400));
        Prober quick = prober(settings, AddressPolicy.allowing(AddressClass.LOOPBACK));

        long started = System.nanoTime();
        ProbeResult result =
                quick.run(AS_GIVEN, ProbeRequest.get(server.url("/"))).get(0);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        // Well before the server would answer; the margin is wide because the machine may be busy.
        assertThat(millis).isBetween(350L, 5_000L);
        assertThat(result.error()).hasValueSatisfying(error -> assertThat(error).contains("deadline of 400 ms"));
        assertThat(result.sent().url()).isEqualTo(server.url("/"));
    }

    @Test
    void requestTimeoutEndsOneSlowRequest() throws IOException {
        server = new LocalServer(exchange -> new LocalServer.Answer(200, Map.of(), "late", 10_000));
        var settings = ProbeSettings.defaults().withRequestTimeout(Duration.ofMillis(200));

        ProbeResult result = prober(settings, AddressPolicy.allowing(AddressClass.LOOPBACK))
                .run(AS_GIVEN, ProbeRequest.get(server.url("/")))
                .get(0);

        assertThat(result.error()).hasValueSatisfying(error -> assertThat(error).startsWith("timed out"));
        assertThat(result.millis()).isLessThan(5_000);
    }

    @Test
    void bodyIsCutAtTheCap() throws IOException {
        server = new LocalServer(exchange -> LocalServer.Answer.of(403, "x".repeat(1024 * 1024)));

        ProbeResult small = prober(
                        ProbeSettings.defaults().withBodyCap(1024), AddressPolicy.allowing(AddressClass.LOOPBACK))
                .run(AS_GIVEN, ProbeRequest.get(server.url("/")))
                .get(0);
        prober.close();
        ProbeResult standard = prober(ProbeSettings.defaults(), AddressPolicy.allowing(AddressClass.LOOPBACK))
                .run(AS_GIVEN, ProbeRequest.get(server.url("/")))
                .get(0);

        assertThat(small.error()).isEmpty();
        assertThat(standard.error()).isEmpty();
        assertThat(small.response().orElseThrow().body()).hasSize(1024);
        assertThat(small.bodyTruncated()).isTrue();
        assertThat(small.status()).contains(403);
        assertThat(standard.response().orElseThrow().body()).hasSize(64 * 1024);
    }

    @Test
    void unsupportedSchemeIsRefused() {
        ProbeResult result = prober(ProbeSettings.defaults(), AddressPolicy.publicOnly())
                .run(AS_GIVEN, new ProbeRequest("GET", URI.create("file:///etc/passwd"), List.of()))
                .get(0);

        assertThat(result.refusal())
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("http and https"));
        assertThat(connections).isEmpty();
    }

    private void assertOnlyTheLocalServerWasContacted() {
        assertThat(connections)
                .isNotEmpty()
                .allMatch(address -> address.getAddress().isLoopbackAddress());
        assertThat(server.seen()).hasSize(1);
    }
}
