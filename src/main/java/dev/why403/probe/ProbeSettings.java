package dev.why403.probe;

import java.time.Duration;

/**
 * Limits of one probe run.
 *
 * @param deadline time for the whole run, all probes together (default 10 s)
 * @param requestTimeout time to connect and time to wait for each read of one request (default 5 s)
 * @param bodyCap bytes of each response body that are read and kept (default 64 KiB)
 * @param redirectCap redirects followed per probe (default 5)
 * @param allowPrivateNetworks also probe loopback, private, link-local and unique-local networks, as an intranet
 *     deployment needs (default false)
 */
public record ProbeSettings(
        Duration deadline, Duration requestTimeout, int bodyCap, int redirectCap, boolean allowPrivateNetworks) {

    public ProbeSettings {
        if (deadline.isNegative() || deadline.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the deadline and the request timeout must be positive");
        }
        if (bodyCap < 0 || redirectCap < 0) {
            throw new IllegalArgumentException("the body cap and the redirect cap cannot be negative");
        }
    }

    public static ProbeSettings defaults() {
        return new ProbeSettings(Duration.ofSeconds(10), Duration.ofSeconds(5), 64 * 1024, 5, false);
    }

    public ProbeSettings withDeadline(Duration value) {
        return new ProbeSettings(value, requestTimeout, bodyCap, redirectCap, allowPrivateNetworks);
    }

    public ProbeSettings withRequestTimeout(Duration value) {
        return new ProbeSettings(deadline, value, bodyCap, redirectCap, allowPrivateNetworks);
    }

    public ProbeSettings withBodyCap(int value) {
        return new ProbeSettings(deadline, requestTimeout, value, redirectCap, allowPrivateNetworks);
    }

    public ProbeSettings withAllowPrivateNetworks(boolean value) {
        return new ProbeSettings(deadline, requestTimeout, bodyCap, redirectCap, value);
    }
}
