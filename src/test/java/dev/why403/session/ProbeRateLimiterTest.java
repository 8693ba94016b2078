package dev.why403.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket behind the probe rate limit, on a clock the test moves. */
class ProbeRateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    private final ProbeRateLimiter limiter =
            new ProbeRateLimiter(3, Duration.ofMinutes(1).toNanos(), now::get);

    @Test
    void aFullBucketLetsItsCapacityThroughAtOnce() {
        limiter.acquire("192.0.2.1");
        limiter.acquire("192.0.2.1");
        limiter.acquire("192.0.2.1");

        assertThatThrownBy(() -> limiter.acquire("192.0.2.1"))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(20));
    }

    @Test
    void tokensComeBackEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.1");
        }

        now.addAndGet(Duration.ofSeconds(20).toNanos());

        limiter.acquire("192.0.2.1");
        assertThatThrownBy(() -> limiter.acquire("192.0.2.1")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("192.0.2.1");
        }

        limiter.acquire("192.0.2.2");
    }
}
