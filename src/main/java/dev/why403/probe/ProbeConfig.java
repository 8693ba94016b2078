package dev.why403.probe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service probes a failing URL, and how often one client may ask it to. */
@ConfigMapping(prefix = "why403.probe")
public interface ProbeConfig {

    /**
     * Also probe loopback, private, shared (100.64.0.0/10), link-local and unique-local addresses, as an intranet
     * needs; default false.
     */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** Time for one whole probe run, all probes together; default 10 s. */
    @WithDefault("10s")
    Duration deadline();

    /** Time to connect, and to wait for each read, of one request; default 5 s. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** Bytes of each response body that are read and kept; default 65536. */
    @WithDefault("65536")
    int bodyCap();

    /** Redirects followed per probe; default 5. */
    @WithDefault("5")
    int redirectCap();

    /** Probe runs one client address may start per {@link #ratePeriod()}; default 10. */
    @WithDefault("10")
    int rateLimit();

    /** The period the rate limit counts over; default 1 minute. */
    @WithDefault("1m")
    Duration ratePeriod();

    default ProbeSettings settings() {
        return new ProbeSettings(deadline(), requestTimeout(), bodyCap(), redirectCap(), allowPrivateNetworks());
    }
}
