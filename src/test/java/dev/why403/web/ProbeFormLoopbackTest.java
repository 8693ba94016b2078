package dev.why403.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.sun.net.httpserver.HttpServer;
import dev.why403.api.LoopbackProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start page's probe way against a loopback site that answers like a Cloudflare firewall block. */
@QuarkusTest
@TestProfile(LoopbackProfile.class)
class ProbeFormLoopbackTest {

    private HttpServer site;

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = "<html><title>Access denied</title><body>Error 1020 Ray ID: 8c1d2e3f4a5b6c7d</body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Server", "cloudflare");
            exchange.getResponseHeaders().add("CF-RAY", "8c1d2e3f4a5b6c7d-AMS");
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void probingTheAddressLeadsToTheDiagnosisWithTheRayId() {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/article";

        String result = CsrfForm.fromStartPage()
                .post()
                .redirects()
                .follow(false)
                .formParam("way", "probe")
                .formParam("probeUrl", url)
                .when()
                .post("/sessions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        given().get(result)
                .then()
                .statusCode(200)
                .body(containsString("8c1d2e3f4a5b6c7d-AMS"))
                .body(containsString("IP address blocked"));
    }
}
