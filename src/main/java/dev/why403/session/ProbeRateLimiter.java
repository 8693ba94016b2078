package dev.why403.session;

import dev.why403.probe.ProbeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: each probe run takes a token, and tokens come back evenly over the period.
 * Probing sends a dozen requests to someone else's server, so one client must not turn why403 into a flood.
 */
@ApplicationScoped
public class ProbeRateLimiter {

    // Past this many addresses, buckets that have filled up again are forgotten: they hold nothing worth keeping.
    private static final int MAX_TRACKED = 10_000;

    private final int capacity;

    private final long nanosPerToken;

    private final LongSupplier clock;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    ProbeRateLimiter(ProbeConfig config) {
        this(config.rateLimit(), config.ratePeriod().toNanos(), System::nanoTime);
    }

    ProbeRateLimiter(int capacity, long periodNanos, LongSupplier clock) {
        this.capacity = Math.max(1, capacity);
        this.nanosPerToken = Math.max(1, periodNanos / this.capacity);
        this.clock = clock;
    }

    /** Takes a token for this client, or throws with the seconds until one is back. */
    public void acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long waitNanos = buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
        if (waitNanos > 0) {
            throw new RateLimitedException(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private final class Bucket {

        // The time at which the bucket is full again; a token is free while it lies less than a period ahead.
        private long fullAt;

        Bucket(long now) {
            this.fullAt = now;
        }

        synchronized long take(long now) {
            long start = Math.max(fullAt, now);
            long next = start + nanosPerToken;
            long excess = next - now - capacity * nanosPerToken;
            if (excess > 0) {
                return excess;
            }
            fullAt = next;
            return 0;
        }

        synchronized boolean isFull(long now) {
            return fullAt <= now;
        }
    }
}
