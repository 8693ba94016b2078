package dev.why403.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Lets the app probe the loopback servers the tests start; short timeouts keep an https probe of them quick. */
public class LoopbackProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "why403.probe.allow-private-networks", "true",
                "why403.probe.request-timeout", "1s",
                "why403.probe.deadline", "4s",
                "why403.probe.rate-limit", "1000",
                // The canary test reads every log line, the debug ones included.
                "quarkus.log.category.\"dev.why403\".level", "DEBUG");
    }
}
