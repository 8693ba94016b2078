package dev.why403.probe;

/**
 * Why a probe was not sent: the target that was refused (a host, an address or a URL without credentials)
 * and the reason in plain words.
 */
public record Refusal(String target, String reason) {

    @Override
    public String toString() {
        return target + " refused: " + reason;
    }
}
