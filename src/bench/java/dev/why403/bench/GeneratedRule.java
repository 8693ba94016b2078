package dev.why403.bench;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import java.util.List;

/**
 * One generated rule. It looks at the fact named after its key; {@code slot} picks the value it wants (equality and
 * join) or the ten-wide range it accepts (range). A join rule also needs the partner fact with the same source.
 */
public record GeneratedRule(int index, RuleShape shape, int key, int slot, String cause, int weight) {

    /**
     * Opposing rules are one in eleven; the rest support their cause. Eleven shares no factor with the number of
     * causes, so every cause has supporting rules, as a release requires.
     */
    public Finding.Kind kind() {
        return index % 11 == 10 ? Finding.Kind.OPPOSES : Finding.Kind.SUPPORTS;
    }

    public String name() {
        return "Generated " + shape.label() + " rule " + index;
    }

    public String evidence() {
        return "Generated evidence " + index + ".";
    }

    public String factName() {
        return factName(shape, key);
    }

    public static String factName(RuleShape shape, int key) {
        return switch (shape) {
            case EQUALITY -> "f" + key;
            case RANGE -> "n" + key;
            case JOIN -> "a" + key;
        };
    }

    public static String partnerName(int key) {
        return "b" + key;
    }

    /** Whether the rule's first pattern accepts this fact. */
    public boolean accepts(Fact fact) {
        if (shape == RuleShape.RANGE) {
            int value = Integer.parseInt(fact.value());
            return value >= slot * 10 && value < slot * 10 + 10;
        }
        return fact.value().equals("v" + slot);
    }

    public Finding finding(List<Fact> matched) {
        return new Finding(cause, kind(), weight, evidence(), name(), matched);
    }
}
