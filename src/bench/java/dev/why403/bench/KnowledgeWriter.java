package dev.why403.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The smallest knowledge that generated rules need: a topic, the causes they name, one fix per cause, and two free
 * questions on facts the rules read, so that choosing the next question has answers to simulate.
 */
final class KnowledgeWriter {

    static final String TOPIC = "generated/";

    /** Facts the generated questions ask for; a larger rule set reads more facts, given directly. */
    static final int QUESTIONS = 2;

    private KnowledgeWriter() {}

    static Map<String, String> files(RuleSet set) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(TOPIC + "topic.yaml", topic());
        files.put(TOPIC + "causes.yaml", causes(set.causes()));
        files.put(TOPIC + "fixes.yaml", fixes(set.causes()));
        files.put(TOPIC + "facts.yaml", facts(set));
        files.put(TOPIC + "questions.yaml", questions(set.shape()));
        return files;
    }

    private static String topic() {
        return "id: generated\ntitle: Generated rules\nsummary: Rules made up for benchmarks.\n"
                + "distinction: None.\nestimatedMinutes: {min: 1, max: 2}\n";
    }

    private static String causes(int count) {
        StringBuilder text = new StringBuilder("causes:\n");
        String[] likelihoods = {"high", "medium", "low"};
        for (int cause = 0; cause < count; cause++) {
            text.append("  - id: c").append(cause).append("\n    title: Cause ").append(cause);
            text.append("\n    likelihood: ").append(likelihoods[cause % 3]);
            text.append("\n    summary: A generated cause.\n");
        }
        return text.toString();
    }

    private static String fixes(int count) {
        StringBuilder text = new StringBuilder("fixes:\n");
        for (int cause = 0; cause < count; cause++) {
            text.append("  - id: fix-c")
                    .append(cause)
                    .append("\n    title: Fix ")
                    .append(cause);
            text.append("\n    detail: Do something.\n    difficulty: easy\n    audience: visitor\n");
            text.append("    causes: [c").append(cause).append("]\n");
        }
        return text.toString();
    }

    /** The questions ask for the first two facts; the benchmarks give the others directly, as an API client may. */
    private static String facts(RuleSet set) {
        StringBuilder text = new StringBuilder("facts:\n");
        for (int key = 0; key < set.keys(); key++) {
            text.append("  - name: ").append(GeneratedRule.factName(set.shape(), key));
            text.append("\n    meaning: A generated fact.\n");
            if (key >= QUESTIONS) {
                text.append("    setBy: given\n");
            }
            if (set.shape() == RuleShape.RANGE) {
                text.append("    pattern: \"[0-9]{1,2}\"\n");
            } else {
                text.append("    values:\n");
                for (int slot = 0; slot < RuleSet.SLOTS; slot++) {
                    text.append("      - {value: v")
                            .append(slot)
                            .append(", meaning: Value ")
                            .append(slot);
                    text.append(".}\n");
                }
            }
            if (set.shape() == RuleShape.JOIN) {
                text.append("  - name: ").append(GeneratedRule.partnerName(key));
                text.append("\n    meaning: The partner of a generated fact.\n    setBy: given\n    values:\n");
                text.append("      - {value: present, meaning: Present.}\n");
            }
        }
        return text.toString();
    }

    private static String questions(RuleShape shape) {
        StringBuilder text = new StringBuilder("questions:\n");
        for (int key = 0; key < QUESTIONS; key++) {
            text.append("  - id: q").append(key).append("\n    fact: ").append(GeneratedRule.factName(shape, key));
            text.append("\n    text: Which value?\n    answers:\n");
            for (int slot = 0; slot < 3; slot++) {
                String value = shape == RuleShape.RANGE ? String.valueOf(slot * 10 + 5) : "v" + slot;
                text.append("      - {value: \"")
                        .append(value)
                        .append("\", label: \"")
                        .append(value);
                text.append("\"}\n");
            }
            text.append("      - {value: unknown, label: \"I don't know\"}\n");
        }
        return text.toString();
    }
}
