package dev.why403.probe;

import java.net.InetAddress;
import java.util.List;

/** The outcome of checking a URL's target: the addresses the prober may connect to, or why it may not. */
sealed interface TargetCheck {

    record Allowed(String host, List<InetAddress> addresses) implements TargetCheck {

        public Allowed {
            addresses = List.copyOf(addresses);
        }
    }

    record Refused(Refusal refusal) implements TargetCheck {}
}
