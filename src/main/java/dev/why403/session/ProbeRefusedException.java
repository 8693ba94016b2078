package dev.why403.session;

import dev.why403.probe.Refusal;

/** The URL's target may not be probed, for example a private address on a service that does not allow them. */
public class ProbeRefusedException extends RuntimeException {

    private final Refusal refusal;

    private final String field;

    public ProbeRefusedException(Refusal refusal, String field) {
        super(refusal.toString());
        this.refusal = refusal;
        this.field = field;
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
