package dev.why403.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The terminal command against a loopback site that turns away every client but a browser. */
class DiagnoseTest {

    private static final String CANARY = "cli-canary-5d1e9b7f33a0";

    private HttpServer server;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
            boolean browser = agent.startsWith("Mozilla/");
            byte[] body = (browser ? "ok" : "<h1>Sorry, you have been blocked</h1> Error 1010 " + agent)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Server", "cloudflare");
            exchange.getResponseHeaders().add("CF-RAY", "8a1b2c3d4e5f6a7b-FRA");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(browser ? 200 : 403, head ? -1 : body.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                if (!head) {
                    stream.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int run(String... args) {
        return Diagnose.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void printsTheRankedCausesWithVendorReferenceAndFixes() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/download";

        int status = run("--allow-private-networks", "--header", "Authorization: Bearer " + CANARY, url);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed)
                .contains("1. bot-protection")
                .contains("Cloudflare Ray ID 8a1b2c3d4e5f6a7b-FRA")
                .contains("fix (")
                .doesNotContain(CANARY);
    }

    @Test
    void refusesAPrivateAddressUnlessAllowed() {
        assertThat(run("http://169.254.169.254/latest/meta-data/")).isEqualTo(3);
        assertThat(run("http://10.0.0.1/")).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--allow-private-networks");
    }

    @Test
    void explainsItsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--method", "POST", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: diagnose")
                .contains("never POST");
    }
}
