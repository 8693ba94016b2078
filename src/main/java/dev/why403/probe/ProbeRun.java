package dev.why403.probe;

import java.time.Duration;

/** What the probes of one run share: the guard and pinned addresses, the redactor, the limits and the deadline. */
record ProbeRun(
        ProbePlan plan,
        ProbeRequest given,
        Redactor redactor,
        AddressGuard guard,
        PinnedDns dns,
        ProbeSettings settings,
        long deadlineNanos) {

    /** The time one request may take: its own timeout, or less when the run's deadline is nearer. */
    Duration timeLeft() {
        Duration left = Duration.ofNanos(deadlineNanos - System.nanoTime());
        return left.compareTo(settings.requestTimeout()) < 0 ? left : settings.requestTimeout();
    }
}
