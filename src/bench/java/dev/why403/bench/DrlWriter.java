package dev.why403.bench;

import dev.why403.diagnosis.Finding;
import java.util.List;

/** Writes generated rules as DRL, in the form a knowledge author would write them by hand. */
final class DrlWriter {

    static final String PACKAGE = "generated";

    private DrlWriter() {}

    static String file(List<GeneratedRule> rules) {
        StringBuilder text = new StringBuilder();
        text.append("package ").append(PACKAGE).append(";\n\n");
        text.append("import dev.why403.diagnosis.Fact;\n\n");
        text.append("global dev.why403.diagnosis.Findings findings;\n");
        rules.forEach(rule -> text.append('\n').append(rule(rule)));
        return text.toString();
    }

    static String rule(GeneratedRule rule) {
        return "rule \"" + rule.name() + "\"\nwhen\n" + when(rule) + "then\n    " + then(rule) + "\nend\n";
    }

    private static String when(GeneratedRule rule) {
        String name = rule.factName();
        return switch (rule.shape()) {
            case EQUALITY -> "    Fact(name == \"" + name + "\", value == \"v" + rule.slot() + "\")\n";
            case RANGE ->
                "    Fact(name == \"" + name + "\", Integer.parseInt(value) >= " + rule.slot() * 10
                        + ", Integer.parseInt(value) < " + (rule.slot() * 10 + 10) + ")\n";
            case JOIN ->
                "    Fact(name == \"" + name + "\", value == \"v" + rule.slot() + "\", $source : source)\n"
                        + "    Fact(name == \"" + GeneratedRule.partnerName(rule.key()) + "\", source == $source)\n";
        };
    }

    private static String then(GeneratedRule rule) {
        String verb = rule.kind() == Finding.Kind.OPPOSES ? "oppose" : "support";
        return "findings." + verb + "(drools, \"" + rule.cause() + "\", " + rule.weight() + ", \"" + rule.evidence()
                + "\");";
    }
}
