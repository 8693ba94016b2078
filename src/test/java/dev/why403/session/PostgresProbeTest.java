package dev.why403.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Probe results on PostgreSQL: the V20 migration applies and a session's probes round-trip whole. */
@QuarkusTest
@TestProfile(PostgresProbeTest.PostgresAndLoopback.class)
@EnabledIfSystemProperty(named = "test.postgres", matches = ".+", disabledReason = "run through `make test`")
class PostgresProbeTest {

    public static class PostgresAndLoopback extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("why403.probe.allow-private-networks", "true");
            overrides.put("why403.probe.request-timeout", "1s");
            overrides.put("why403.probe.deadline", "4s");
            return overrides;
        }
    }

    @Test
    void aSessionStartedFromAUrlKeepsItsProbes() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<title>403 Forbidden</title>".getBytes();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.getResponseHeaders().add("Server", "nginx/1.24.0");
            exchange.sendResponseHeaders(403, head ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!head) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/private/";
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("probe", Map.of("url", url)))
                    .post("/api/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            given().get("/api/sessions/" + id)
                    .then()
                    .statusCode(200)
                    .body("probes", hasSize(11))
                    .body("probes[0].status", equalTo(403))
                    .body("facts.find { it.name == 'probe_as_given_status' }.value", equalTo("403"));
        } finally {
            server.stop(0);
        }
    }
}
