package dev.why403.bench;

/** The three kinds of generated rule: equality on one fact, a numeric range on one fact, a join of two facts. */
public enum RuleShape {
    EQUALITY,
    RANGE,
    JOIN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RuleShape of(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
