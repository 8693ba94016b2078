package dev.why403.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL helpers for the prober, tolerant of hosts that {@link URI} reads as registry names, such as {@code 127.1}. */
final class Urls {

    private Urls() {}

    /** The host as written, IPv6 in brackets; empty when the URL has none. */
    static String host(URI url) {
        if (url.getHost() != null) {
            return url.getHost();
        }
        String authority = url.getRawAuthority();
        if (authority == null) {
            return "";
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        boolean hasPort = colon >= 0 && !hostAndPort.endsWith("]") && hostAndPort.indexOf(':') == colon;
        return hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    /** The user:password part of the authority, raw, or null; also where {@link URI} sees a registry name. */
    static String userInfo(URI url) {
        String authority = url.getRawAuthority();
        int at = authority == null ? -1 : authority.lastIndexOf('@');
        return at < 0 ? null : authority.substring(0, at);
    }

    /** The host without the brackets of an IPv6 address, as it is looked up and connected to. */
    static String bareHost(URI url) {
        String host = host(url);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The explicit port, or -1 for the scheme's default. */
    static int port(URI url) {
        if (url.getHost() != null || url.getRawAuthority() == null) {
            return url.getPort();
        }
        String authority = url.getRawAuthority();
        String rest = authority
                .substring(authority.lastIndexOf('@') + 1)
                .substring(host(url).length());
        return rest.startsWith(":") && rest.length() > 1 ? Integer.parseInt(rest.substring(1)) : -1;
    }

    static String scheme(URI url) {
        return url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    }

    static String origin(URI url) {
        int port = port(url);
        return scheme(url) + "://" + host(url) + (port < 0 ? "" : ":" + port);
    }

    static URI withPath(URI url, String path) {
        return rebuild(url, scheme(url), path);
    }

    static URI withScheme(URI url, String scheme) {
        return rebuild(url, scheme, url.getRawPath());
    }

    private static URI rebuild(URI url, String scheme, String rawPath) {
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        String userInfo = userInfo(url) == null ? "" : userInfo(url) + "@";
        int port = port(url);
        String authority = userInfo + host(url) + (port < 0 ? "" : ":" + port);
        try {
            return new URI(scheme + "://" + authority + emptyAsRoot(rawPath) + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot rebuild the URL with another path or scheme", e);
        }
    }

    private static String emptyAsRoot(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    }
}
