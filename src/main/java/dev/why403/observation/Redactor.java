package dev.why403.observation;

import java.util.regex.Pattern;

/** Blanks credentials out of a pasted response before it is stored or shown: cookies and authorization headers. */
public final class Redactor {

    private static final Pattern SECRET_HEADER = Pattern.compile(
            "(?im)^((?:set-cookie|cookie|authorization|proxy-authorization|x-api-key|x-auth-token|api-key)"
                    + "[ \\t]*:[ \\t]*)(.*)$");

    private Redactor() {}

    public static String redact(String raw) {
        return SECRET_HEADER.matcher(raw).replaceAll("$1[redacted]");
    }
}
