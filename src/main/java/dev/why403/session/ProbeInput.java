package dev.why403.session;

import dev.why403.observation.HttpResponse.Header;
import dev.why403.probe.ProbeRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A failing request for why403 to probe itself. Its headers may carry credentials: they serve one probe run and are
 * never stored, so {@link #toString()} leaves their values out.
 */
public record ProbeInput(String url, String method, Map<String, String> headers) {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    public ProbeInput {
        headers = headers == null ? Map.of() : new TreeMap<>(headers);
    }

    /** The request to probe, or a message saying which part is wrong. */
    public ProbeRequest toRequest(String field) {
        String verb =
                method == null || method.isBlank() ? "GET" : method.strip().toUpperCase(Locale.ROOT);
        if (!SAFE_METHODS.contains(verb)) {
            throw new InvalidInputException(
                    field + "/method",
                    "only GET, HEAD and OPTIONS are probed, never " + verb
                            + ": a probe must not change anything on the server it asks");
        }
        List<Header> list = headers.entrySet().stream()
                .map(header -> new Header(header.getKey(), header.getValue() == null ? "" : header.getValue()))
                .toList();
        return new ProbeRequest(verb, uri(field + "/url"), list);
    }

    private URI uri(String field) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException(field, "give the URL to probe, such as https://example.com/path");
        }
        try {
            URI parsed = new URI(url.strip());
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || parsed.getHost() == null) {
                throw new InvalidInputException(field, "only absolute http and https URLs can be probed");
            }
            return parsed;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "not a valid URL: " + e.getReason());
        }
    }

    /** The kind of credentials the headers carry, as the fact {@code credentials} names it. */
    public String credentialKind() {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            String value =
                    header.getValue() == null ? "" : header.getValue().strip().toLowerCase(Locale.ROOT);
            if (name.equals("authorization")) {
                return value.startsWith("basic ") ? "basic" : value.startsWith("bearer ") ? "bearer" : "unknown";
            }
            if (name.equals("cookie")) {
                return "cookie_session";
            }
            if (name.contains("api-key") || name.contains("apikey") || name.contains("token")) {
                return "api_key";
            }
        }
        return url != null && url.matches("(?i).*[?&](x-amz-signature|sig|signature)=.*") ? "signed_url" : "none";
    }

    @Override
    public String toString() {
        return "ProbeInput[" + method + " " + headers.keySet() + "]";
    }
}
