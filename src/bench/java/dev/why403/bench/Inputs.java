package dev.why403.bench;

import dev.why403.diagnosis.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded sets of ten facts for a generated rule set. Each names a fact the rules read (never the two the questions
 * ask about), so each fires about one rule; join inputs come as five pairs sharing a source.
 */
public final class Inputs {

    public static final int FACTS_PER_STEP = 10;

    private Inputs() {}

    public static List<List<Fact>> of(RuleSet set, int count, long seed) {
        Random random = new Random(seed);
        List<List<Fact>> inputs = new ArrayList<>(count);
        for (int input = 0; input < count; input++) {
            inputs.add(one(set, random));
        }
        return inputs;
    }

    private static List<Fact> one(RuleSet set, Random random) {
        List<Fact> facts = new ArrayList<>(FACTS_PER_STEP);
        while (facts.size() < FACTS_PER_STEP) {
            int key = 2 + random.nextInt(set.keys() - 2);
            String name = GeneratedRule.factName(set.shape(), key);
            String source = "given:item-" + facts.size();
            switch (set.shape()) {
                case EQUALITY -> facts.add(new Fact(name, "v" + random.nextInt(RuleSet.SLOTS), source));
                case RANGE -> facts.add(new Fact(name, String.valueOf(random.nextInt(100)), source));
                case JOIN -> {
                    facts.add(new Fact(name, "v" + random.nextInt(RuleSet.SLOTS), source));
                    facts.add(new Fact(GeneratedRule.partnerName(key), "present", source));
                }
            }
        }
        return List.copyOf(facts);
    }
}
