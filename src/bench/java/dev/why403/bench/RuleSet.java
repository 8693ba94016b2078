package dev.why403.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated rule set: {@code size} rules over {@code size / 10} fact names, ten rules per name, one per slot. Any
 * input fact of a known name therefore matches exactly one rule's first pattern.
 */
public record RuleSet(RuleShape shape, int size, int causes) {

    public static final int SLOTS = 10;

    public int keys() {
        return Math.max(1, size / SLOTS);
    }

    public List<GeneratedRule> rules() {
        List<GeneratedRule> rules = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            rules.add(rule(index));
        }
        return rules;
    }

    private GeneratedRule rule(int index) {
        int key = index % keys();
        int slot = (index / keys()) % SLOTS;
        return new GeneratedRule(index, shape, key, slot, "c" + (index % causes), 1 + index % 4);
    }

    public String label() {
        return shape.label() + "-" + size;
    }
}
