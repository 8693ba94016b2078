package dev.why403.diagnosis;

/**
 * Something known about the failing request: a name from the fact vocabulary, its value, and where it came from
 * ({@code kind:detail}, for example {@code answer:other-network} or {@code signature:cloudflare-block-page}).
 */
public record Fact(String name, String value, String source) {

    public static Fact of(String name, String value, Source kind, String detail) {
        return new Fact(name, value, kind.label() + (detail == null || detail.isEmpty() ? "" : ":" + detail));
    }

    public boolean known() {
        return !"unknown".equals(value);
    }

    /** The kinds of place a fact comes from. */
    public enum Source {
        GIVEN("given"),
        ANSWER("answer"),
        REQUEST("request"),
        RESPONSE("response"),
        SIGNATURE("signature"),
        PROBE("probe");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
