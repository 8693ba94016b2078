package dev.why403.probe;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which header names and URL query parameters carry credentials: probes drop them, results hide them. */
final class Credentials {

    private static final Set<String> HEADERS = Set.of(
            "authorization",
            "proxy-authorization",
            "cookie",
            "set-cookie",
            "x-api-key",
            "api-key",
            "apikey",
            "private-token",
            "x-auth-token",
            "x-access-token",
            "x-amz-security-token",
            "x-goog-api-key",
            "x-csrf-token",
            "x-xsrf-token");

    private static final Pattern HEADER_WORDS = Pattern.compile("api[-_]?key|token|secret|password|session|signature");

    // Names too short to search for as words. "code" is an OAuth authorisation code in a sign-in redirect:
    // short-lived, but a credential all the same.
    private static final Set<String> PARAMETERS = Set.of("sig", "key", "auth", "code");

    private static final Pattern PARAMETER_WORDS =
            Pattern.compile("signature|credential|token|secret|password|api[-_]?key|session");

    private Credentials() {}

    static boolean isCredentialHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HEADERS.contains(lower) || HEADER_WORDS.matcher(lower).find();
    }

    /** Signed-URL and token parameters, such as {@code X-Amz-Signature}, {@code sig} or {@code access_token}. */
    static boolean isCredentialParameter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PARAMETERS.contains(lower) || PARAMETER_WORDS.matcher(lower).find();
    }
}
