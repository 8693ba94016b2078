package dev.why403.probe;

import dev.why403.observation.HttpResponse.Header;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hides credentials in everything a probe records. It knows the secret values of one request, so it also hides them
 * where a server echoes them back: in a body, a header or a redirect URL.
 */
final class Redactor {

    static final String REDACTED = "[redacted]";

    // Shorter pieces of a header are too likely to be ordinary words; the whole value is always hidden.
    private static final int SHORTEST_PIECE = 6;

    // A secret this short would hide ordinary text wherever it is echoed; it is still hidden in its own place.
    private static final int SHORTEST_ECHO = 4;

    private final List<String> secrets;

    private Redactor(Set<String> secrets) {
        this.secrets = secrets.stream()
                .filter(secret -> secret.strip().length() >= SHORTEST_ECHO)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    static Redactor forRequest(ProbeRequest request) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Header header : request.headers()) {
            if (Credentials.isCredentialHeader(header.name())) {
                addHeaderSecrets(secrets, header.value());
            }
        }
        addUrlSecrets(secrets, request.url());
        return new Redactor(secrets);
    }

    String text(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, REDACTED);
        }
        return result;
    }

    String url(URI url) {
        if (url.isOpaque()) {
            return text(url.toString());
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + query(url.getRawQuery());
        String fragment = url.getRawFragment() == null ? "" : "#" + url.getRawFragment();
        return text(origin(url) + path + query + fragment);
    }

    // Empty for a relative URL, such as the Location of a redirect often is.
    private static String origin(URI url) {
        if (url.getRawAuthority() == null) {
            return url.getScheme() == null ? "" : url.getScheme() + "://";
        }
        String userInfo = Urls.userInfo(url) == null ? "" : REDACTED + "@";
        String authority = url.getRawAuthority().substring(url.getRawAuthority().lastIndexOf('@') + 1);
        return url.getScheme() + "://" + userInfo + authority;
    }

    String url(String url) {
        try {
            return url(URI.create(url.trim()));
        } catch (IllegalArgumentException e) {
            return text(url);
        }
    }

    List<Header> requestHeaders(List<Header> headers) {
        return headers.stream().map(this::header).toList();
    }

    List<Header> responseHeaders(List<Header> headers) {
        return headers.stream().map(this::responseHeader).toList();
    }

    private Header responseHeader(Header header) {
        String name = header.name().toLowerCase(Locale.ROOT);
        if (name.equals("set-cookie")) {
            return new Header(header.name(), setCookie(header.value()));
        }
        boolean carriesUrl = name.equals("location") || name.equals("content-location");
        return carriesUrl ? new Header(header.name(), url(header.value())) : header(header);
    }

    // A cookie's name tells which product set it (a bot manager, a load balancer); only its value is secret.
    private String setCookie(String value) {
        int equals = value.indexOf('=');
        int semicolon = value.indexOf(';');
        if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
            return REDACTED;
        }
        String attributes = semicolon < 0 ? "" : text(value.substring(semicolon));
        return value.substring(0, equals) + "=" + REDACTED + attributes;
    }

    private Header header(Header header) {
        boolean secret = Credentials.isCredentialHeader(header.name());
        return new Header(header.name(), secret ? REDACTED : text(header.value()));
    }

    private static String query(String rawQuery) {
        return Arrays.stream(rawQuery.split("&", -1)).map(Redactor::parameter).collect(Collectors.joining("&"));
    }

    private static String parameter(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        boolean secret = Credentials.isCredentialParameter(decode(name));
        return secret && equals >= 0 ? name + "=" + REDACTED : pair;
    }

    private static void addHeaderSecrets(Set<String> secrets, String value) {
        secrets.add(value.trim());
        for (String piece : value.split("[\\s,;=]+")) {
            if (piece.length() >= SHORTEST_PIECE) {
                secrets.add(piece);
                addDecodedBasic(secrets, piece);
            }
        }
    }

    private static void addDecodedBasic(Set<String> secrets, String piece) {
        try {
            String decoded = new String(Base64.getDecoder().decode(piece), StandardCharsets.UTF_8);
            if (decoded.contains(":")) {
                secrets.add(decoded);
                secrets.add(decoded.substring(decoded.indexOf(':') + 1));
            }
        } catch (IllegalArgumentException notBase64) {
            // An ordinary token, already hidden as it is.
        }
    }

    private static void addUrlSecrets(Set<String> secrets, URI url) {
        String userInfo = Urls.userInfo(url);
        if (userInfo != null) {
            secrets.add(userInfo);
            secrets.add(decode(userInfo));
            secrets.add(decode(userInfo.substring(userInfo.indexOf(':') + 1)));
        }
        if (url.getRawQuery() == null) {
            return;
        }
        for (String pair : url.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && Credentials.isCredentialParameter(decode(pair.substring(0, equals)))) {
                secrets.add(pair.substring(equals + 1));
                secrets.add(decode(pair.substring(equals + 1)));
            }
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
