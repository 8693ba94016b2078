package dev.why403.probe;

import dev.why403.observation.HttpResponse.Header;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies a probe's change to the request as given. The given request is never modified. */
final class RequestVariations {

    // Framing, connection and content-coding headers belong to the prober's own connection, which asks for an
    // uncompressed body so that the excerpt stays readable.
    private static final Set<String> CONNECTION_HEADERS = Set.of(
            "accept-encoding",
            "host",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "upgrade",
            "expect");

    private RequestVariations() {}

    static ProbeRequest apply(ProbeChange change, ProbeRequest given, ProbePlan.UserAgents userAgents) {
        ProbeRequest request = withoutUserInfo(withoutConnectionHeaders(given));
        String method =
                change.method() == null ? request.method() : change.method().name();
        request = new ProbeRequest(method, request.url(), request.headers());

        if (change.credentials() == ProbeChange.Credentials.DROP) {
            request = withoutCredentials(request);
        }
        if (change.userAgent() != null) {
            request = withUserAgent(request, userAgent(change.userAgent(), userAgents));
        }
        if (change.referer() != null) {
            request = withReferer(request, change.referer());
        }
        if (change.path() != null) {
            request = withUrl(request, Urls.withPath(request.url(), path(change.path(), request.url())));
        }
        if (change.scheme() == ProbeChange.Scheme.OTHER) {
            String other = Urls.scheme(request.url()).equals("https") ? "http" : "https";
            request = withUrl(request, Urls.withScheme(request.url(), other));
        }
        return request;
    }

    private static ProbeRequest withoutConnectionHeaders(ProbeRequest request) {
        return withHeaders(
                request,
                request.headers().stream()
                        .filter(header ->
                                !CONNECTION_HEADERS.contains(header.name().toLowerCase(Locale.ROOT)))
                        .toList());
    }

    // A URL's user:password is sent the way curl sends it, as Basic authorisation, unless a header already says.
    private static ProbeRequest withoutUserInfo(ProbeRequest request) {
        String userInfo = Urls.userInfo(request.url());
        if (userInfo == null) {
            return request;
        }
        List<Header> headers = new ArrayList<>(request.headers());
        if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("Authorization"))) {
            String decoded = URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
            String basic = Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
            headers.add(new Header("Authorization", "Basic " + basic));
        }
        URI bare = URI.create(request.url().toString().replace(userInfo + "@", ""));
        return new ProbeRequest(request.method(), bare, headers);
    }

    private static ProbeRequest withoutCredentials(ProbeRequest request) {
        URI url = withoutCredentialParameters(request.url());
        return new ProbeRequest(request.method(), url, withoutCredentials(request.headers()));
    }

    static List<Header> withoutCredentials(List<Header> headers) {
        return headers.stream()
                .filter(header -> !Credentials.isCredentialHeader(header.name()))
                .toList();
    }

    private static URI withoutCredentialParameters(URI url) {
        if (url.getRawQuery() == null) {
            return url;
        }
        String query = Arrays.stream(url.getRawQuery().split("&"))
                .filter(pair -> !Credentials.isCredentialParameter(parameterName(pair)))
                .collect(Collectors.joining("&"));
        String base = url.toString().substring(0, url.toString().indexOf('?'));
        return URI.create(query.isEmpty() ? base : base + "?" + query);
    }

    private static String parameterName(String pair) {
        int equals = pair.indexOf('=');
        return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
    }

    private static String userAgent(ProbeChange.UserAgent kind, ProbePlan.UserAgents userAgents) {
        return kind == ProbeChange.UserAgent.BROWSER ? userAgents.browser() : userAgents.script();
    }

    private static ProbeRequest withUserAgent(ProbeRequest request, String userAgent) {
        List<Header> headers = new ArrayList<>(without(request.headers(), "user-agent"));
        headers.add(new Header("User-Agent", userAgent));
        return withHeaders(request, headers);
    }

    private static ProbeRequest withReferer(ProbeRequest request, ProbeChange.Referer referer) {
        List<Header> headers = new ArrayList<>(without(request.headers(), "referer", "origin"));
        if (referer == ProbeChange.Referer.ORIGIN) {
            String origin = Urls.origin(request.url());
            headers.add(new Header("Referer", origin + "/"));
            headers.add(new Header("Origin", origin));
        }
        return withHeaders(request, headers);
    }

    static String path(ProbeChange.Path change, URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.equals("/")) {
            return path;
        }
        if (change == ProbeChange.Path.TOGGLE_TRAILING_SLASH) {
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty() ? "/" : trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    private static List<Header> without(List<Header> headers, String... names) {
        Set<String> unwanted = Set.of(names);
        return headers.stream()
                .filter(header -> !unwanted.contains(header.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static ProbeRequest withHeaders(ProbeRequest request, List<Header> headers) {
        return new ProbeRequest(request.method(), request.url(), headers);
    }

    private static ProbeRequest withUrl(ProbeRequest request, URI url) {
        return new ProbeRequest(request.method(), url, request.headers());
    }
}
