package dev.why403.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a URL host as an IP address in every notation that browsers and C libraries accept: dotted, short
 * ({@code 127.1}), one number ({@code 2130706433}), octal ({@code 0177.0.0.1}), hex ({@code 0x7f.0.0.1}) and
 * bracketed IPv6. A host that is not an address comes back empty, so that it can be looked up as a name.
 */
final class IpLiterals {

    private static final Pattern NUMBER = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");

    private IpLiterals() {}

    /**
     * @throws IllegalArgumentException when the host is meant as an address but is not a valid one
     */
    static Optional<InetAddress> parse(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.contains(":")) {
            return Optional.of(ipv6(bare));
        }
        List<String> parts = ipv4Parts(bare);
        if (parts.isEmpty() || !NUMBER.matcher(parts.get(parts.size() - 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(ipv4(parts, host));
    }

    private static InetAddress ipv6(String bare) {
        try {
            // Brackets make the JDK read the text as a literal and never as a name to look up.
            return InetAddress.getByName("[" + bare + "]");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a valid IPv6 address: " + bare);
        }
    }

    private static List<String> ipv4Parts(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\.", -1));
    }

    private static InetAddress ipv4(List<String> parts, String host) {
        if (parts.size() > 4) {
            throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        }
        long value = 0;
        for (int i = 0; i < parts.size() - 1; i++) {
            value = value * 256 + part(parts.get(i), 255, host);
        }
        int lastBytes = 5 - parts.size();
        long last = part(parts.get(parts.size() - 1), (1L << (8 * lastBytes)) - 1, host);
        return toAddress((value << (8 * lastBytes)) | last);
    }

    private static long part(String text, long max, String host) {
        long value = number(text.toLowerCase(Locale.ROOT), host);
        if (value > max) {
            throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        }
        return value;
    }

    private static long number(String text, String host) {
        try {
            if (text.startsWith("0x")) {
                return text.length() == 2 ? 0 : Long.parseLong(text.substring(2), 16);
            }
            return text.length() > 1 && text.startsWith("0")
                    ? Long.parseLong(text.substring(1), 8)
                    : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a valid IPv4 address: " + host);
        }
    }

    private static InetAddress toAddress(long value) {
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
