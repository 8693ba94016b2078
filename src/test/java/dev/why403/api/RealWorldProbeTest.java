package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import dev.why403.observation.ResponseParser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loopback sites that refuse the way real ones did in the shared cases: each answers with the case's own refusal
 * (headers and body) when its condition holds, and otherwise as the real site would. why403 probes each through the
 * API, without the case's pasted response, and must put a resolved cause first and see the vendor.
 */
@QuarkusTest
@TestProfile(LoopbackProfile.class)
class RealWorldProbeTest {

    private static final Map<String, Map<String, Object>> CASES = casesById();

    // A web server's bare default 403 page names no cause by itself; these cases also need what the reporter knew
    // (they run the server, it was just deployed). Every other kind is diagnosed from the probes alone.
    private static final Set<String> NEED_CONTEXT =
            Set.of("nginx-webroot-mode-700", "apache24-require-all-granted-missing");

    /** How a site decides to refuse: on the request's credentials, User-Agent, Referer, path or rate. */
    enum Behaviour {
        /** 403 with credentials, 401 asking for them without. */
        REFUSES_IDENTITY("credentials_read_but_refused"),
        /** 403 with the (stale) credentials, the resource without them: it is public. */
        REFUSES_STALE_CREDENTIALS("probe_as_given_status"),
        /** 403 unless the User-Agent is a browser's. */
        REFUSES_SCRIPTS("user_agent_dependent"),
        /** 403 unless Referer or Origin names the site. */
        REFUSES_WITHOUT_REFERER("referer_dependent"),
        /** 403 unless the path ends with a slash. */
        REFUSES_WITHOUT_SLASH("trailing_slash_dependent"),
        /** Three requests a minute, then 403 with Retry-After. */
        REFUSES_AFTER_QUOTA("probe_retry_after_present"),
        /** 403 for every request. */
        REFUSES_ALWAYS("probe_as_given_status");

        /** The probe fact this behaviour must show, as yes (or the status 403). */
        final String fact;

        Behaviour(String fact) {
            this.fact = fact;
        }

        String expected() {
            return fact.endsWith("_status") ? "403" : "yes";
        }
    }

    record Kind(String caseId, Behaviour behaviour, String vendor) {}

    static Stream<Named<Kind>> kinds() {
        return Stream.of(
                        new Kind("google-api-not-enabled-in-project", Behaviour.REFUSES_IDENTITY, "google-apis"),
                        new Kind("github-saml-sso-pat-not-authorized", Behaviour.REFUSES_IDENTITY, "github"),
                        new Kind("github-actions-token-permissions", Behaviour.REFUSES_IDENTITY, "github"),
                        new Kind("azure-arm-authorizationfailed", Behaviour.REFUSES_IDENTITY, "azure-resource-manager"),
                        new Kind("k8s-clusterrole-missing-resource", Behaviour.REFUSES_IDENTITY, "kubernetes"),
                        new Kind("k8s-default-serviceaccount-used", Behaviour.REFUSES_IDENTITY, "kubernetes"),
                        new Kind(
                                "ghcr-stale-cached-credentials",
                                Behaviour.REFUSES_STALE_CREDENTIALS,
                                "docker-registry"),
                        new Kind("cloudflare-python-requests-user-agent", Behaviour.REFUSES_SCRIPTS, "cloudflare"),
                        new Kind("cloudflare-tls-fingerprint-block", Behaviour.REFUSES_SCRIPTS, "cloudflare"),
                        new Kind("akamai-blocks-curl-default-user-agent", Behaviour.REFUSES_SCRIPTS, "akamai"),
                        new Kind("cloudflare-hotlink-protection", Behaviour.REFUSES_WITHOUT_REFERER, "cloudflare"),
                        new Kind("origin-hotlink-protection-referer", Behaviour.REFUSES_WITHOUT_REFERER, "cloudflare"),
                        new Kind(
                                "django-csrf-origin-null-referrer-policy", Behaviour.REFUSES_WITHOUT_REFERER, "django"),
                        new Kind(
                                "spring-csrf-enabled-on-rest-api",
                                Behaviour.REFUSES_WITHOUT_REFERER,
                                "spring-security"),
                        new Kind(
                                "apigw-missing-auth-token-stage-root",
                                Behaviour.REFUSES_WITHOUT_SLASH,
                                "aws-api-gateway"),
                        new Kind("github-unauthenticated-rate-limit", Behaviour.REFUSES_AFTER_QUOTA, "github"),
                        new Kind("youtube-daily-limit-exceeded", Behaviour.REFUSES_AFTER_QUOTA, "google-apis"),
                        new Kind(
                                "cloudflare-1006-ip-banned-after-bulk-actions", Behaviour.REFUSES_ALWAYS, "cloudflare"),
                        new Kind("s3-objects-not-public-vpn", Behaviour.REFUSES_ALWAYS, "aws-s3"),
                        new Kind("s3-presigned-url-wrong-operation", Behaviour.REFUSES_ALWAYS, "aws-s3"),
                        new Kind("s3-request-time-too-skewed", Behaviour.REFUSES_ALWAYS, "aws-s3"),
                        new Kind("azure-sas-expired", Behaviour.REFUSES_ALWAYS, "azure-storage"),
                        new Kind("nginx-webroot-mode-700", Behaviour.REFUSES_ALWAYS, "nginx"),
                        new Kind("apache24-require-all-granted-missing", Behaviour.REFUSES_ALWAYS, "apache"),
                        new Kind("modsecurity-rule-blocks-admin-save", Behaviour.REFUSES_ALWAYS, "apache"),
                        new Kind("openai-cloudflare-country-block", Behaviour.REFUSES_ALWAYS, "cloudflare"),
                        new Kind("pypi-plain-http-ssl-required", Behaviour.REFUSES_ALWAYS, "pypi"),
                        new Kind("cloudfront-missing-default-root-object", Behaviour.REFUSES_ALWAYS, "aws-s3"))
                .map(kind -> Named.of(kind.caseId(), kind));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void probingTheSitePutsAResolvedCauseFirst(Kind kind) throws Exception {
        Map<String, Object> shared = CASES.get(kind.caseId());
        HttpResponse refusal = new ResponseParser().parse((String) shared.get("response_raw"));
        AtomicInteger seen = new AtomicInteger();
        try (LoopbackSite site = new LoopbackSite(exchange -> answer(kind.behaviour(), refusal, exchange, seen))) {
            String url = site.url(path(shared));
            if (kind.behaviour() == Behaviour.REFUSES_AFTER_QUOTA) {
                useUpQuota(url);
            }

            JsonPath session = given().contentType(ContentType.JSON)
                    .body(body(shared, url))
                    .post("/api/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();

            String shown = session.getString("facts.find { it.name == '" + kind.behaviour().fact + "' }.value");
            assertThat(shown)
                    .as("%s of %s", kind.behaviour().fact, kind.caseId())
                    .isEqualTo(kind.behaviour().expected());
            assertThat(session.getString("diagnosis.causes[0].id"))
                    .as("top cause of %s; facts %s", kind.caseId(), session.getList("facts"))
                    .isIn((List<?>) shared.get("expected_causes"));
            assertThat(session.getList("probes.signatures.flatten().vendor"))
                    .as("vendors of %s", kind.caseId())
                    .contains(kind.vendor());
        }
    }

    private static HttpResponse answer(
            Behaviour behaviour, HttpResponse refusal, HttpExchange exchange, AtomicInteger n) {
        var headers = exchange.getRequestHeaders();
        boolean credentials = headers.containsKey("Authorization")
                || headers.containsKey("Cookie")
                || Optional.ofNullable(exchange.getRequestURI().getRawQuery())
                        .orElse("")
                        .contains("Signature=");
        String userAgent = Optional.ofNullable(headers.getFirst("User-Agent")).orElse("");
        boolean refused = switch (behaviour) {
            case REFUSES_IDENTITY, REFUSES_STALE_CREDENTIALS -> credentials;
            case REFUSES_SCRIPTS -> !userAgent.startsWith("Mozilla/");
            case REFUSES_WITHOUT_REFERER -> !headers.containsKey("Referer") && !headers.containsKey("Origin");
            case REFUSES_WITHOUT_SLASH -> !exchange.getRequestURI().getPath().endsWith("/");
            case REFUSES_AFTER_QUOTA -> n.incrementAndGet() > 3;
            case REFUSES_ALWAYS -> true;
        };
        if (refused) {
            return behaviour == Behaviour.REFUSES_AFTER_QUOTA ? withRetryAfter(refusal) : refusal;
        }
        if (behaviour == Behaviour.REFUSES_IDENTITY) {
            return LoopbackSite.of(401, "", new Header("WWW-Authenticate", "Bearer realm=\"api\""));
        }
        return LoopbackSite.ok();
    }

    private static HttpResponse withRetryAfter(HttpResponse refusal) {
        List<Header> headers = Stream.concat(refusal.headers().stream(), Stream.of(new Header("Retry-After", "60")))
                .toList();
        return new HttpResponse(refusal.status(), headers, refusal.body());
    }

    private static void useUpQuota(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            client.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.discarding());
        }
    }

    /** The case's path and query on the loopback site; a signed URL keeps its signature in the query. */
    @SuppressWarnings("unchecked")
    private static String path(Map<String, Object> shared) {
        URI original = URI.create((String) ((Map<String, Object>) shared.get("request")).get("url"));
        String path = original.getRawPath().isEmpty() ? "/" : original.getRawPath();
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        return path + query;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> shared, String url) {
        String credentials = (String) ((Map<String, Object>) shared.get("request")).get("credentials");
        Map<String, String> headers = new LinkedHashMap<>();
        switch (credentials) {
            case "bearer" -> headers.put("Authorization", "Bearer example-token-0123456789");
            case "basic" -> headers.put("Authorization", "Basic ZXhhbXBsZTpleGFtcGxlLXBhc3N3b3Jk");
            case "cookie_session" -> headers.put("Cookie", "sessionid=example-session-0123456789");
            case "api_key" -> headers.put("Authorization", "Bearer example-key-0123456789");
            default -> {}
        }
        String probed = credentials.equals("signed_url") && !url.contains("Signature=")
                ? url + (url.contains("?") ? "&" : "?") + "X-Amz-Signature=0123456789abcdef"
                : url;
        return Map.of(
                "probe",
                Map.of("url", probed, "method", "GET", "headers", headers),
                "facts",
                NEED_CONTEXT.contains(shared.get("id")) ? SharedCasesTest.contextFacts(shared) : Map.of());
    }

    private static Map<String, Map<String, Object>> casesById() {
        try {
            Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
            SharedCasesTest.readCases().forEach(shared -> byId.put((String) shared.get("id"), shared));
            return byId;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
