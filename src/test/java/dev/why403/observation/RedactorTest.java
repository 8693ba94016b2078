package dev.why403.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void blanksCookiesAndAuthorizationButKeepsOtherHeaders() {
        String raw = "HTTP/1.1 403 Forbidden\nSet-Cookie: sid=CANARY-SECRET; Path=/\nauthorization: Bearer CANARY\n"
                + "Server: nginx\n\nbody";

        String redacted = Redactor.redact(raw);

        assertThat(redacted).doesNotContain("CANARY");
        assertThat(redacted).contains("Set-Cookie: [redacted]", "authorization: [redacted]", "Server: nginx");
    }
}
