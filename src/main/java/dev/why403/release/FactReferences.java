package dev.why403.release;

import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.Knowledge;
import dev.why403.rules.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts the rules compare against, checked with the vocabulary: a misspelt fact name or value makes a rule that
 * compiles and never fires. Found in the text of the usual pattern, {@code Fact(name == "...", value == "...")}
 * (also {@code !=} and {@code in (...)}); a value given any other way is not checked.
 */
final class FactReferences {

    private static final Pattern FACT = Pattern.compile("\\bFact\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"([^)]*)");

    private static final Pattern COMPARED = Pattern.compile("\\bvalue\\s*(?:==|!=)\\s*\"([^\"]*)\"");

    private static final Pattern LISTED = Pattern.compile("\\bvalue\\s+(?:not\\s+)?in\\s*\\(([^)]*)");

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private FactReferences() {}

    static List<ReleaseProblem> check(Knowledge knowledge, RuleFiles files) {
        List<ReleaseProblem> problems = new ArrayList<>();
        files.texts().forEach((file, text) -> {
            LineIndex lines = new LineIndex(text);
            Matcher fact = FACT.matcher(text);
            while (fact.find()) {
                int line = lines.lineOf(fact.start(1));
                check(knowledge.fact(fact.group(1)), fact.group(1), fact.group(2))
                        .ifPresent(message -> problems.add(new ReleaseProblem("rules/" + file, line, 0, message)));
            }
        });
        return problems;
    }

    private static Optional<String> check(Optional<FactDefinition> definition, String name, String constraints) {
        if (definition.isEmpty()) {
            return Optional.of("a rule reads the unknown fact '" + name + "' (not in any facts.yaml)");
        }
        return values(constraints).stream()
                .filter(value -> !definition.get().allows(value))
                .findFirst()
                .map(value -> "a rule compares the fact '" + name + "' with '" + value + "', which it never takes"
                        + allowed(definition.get()));
    }

    private static List<String> values(String constraints) {
        List<String> values = new ArrayList<>();
        Matcher compared = COMPARED.matcher(constraints);
        while (compared.find()) {
            values.add(compared.group(1));
        }
        Matcher listed = LISTED.matcher(constraints);
        while (listed.find()) {
            Matcher quoted = QUOTED.matcher(listed.group(1));
            while (quoted.find()) {
                values.add(quoted.group(1));
            }
        }
        return values;
    }

    private static String allowed(FactDefinition fact) {
        if (fact.enumerated()) {
            return " (its values: "
                    + String.join(
                            ", ",
                            fact.values().stream()
                                    .map(FactDefinition.FactValue::value)
                                    .toList()) + ")";
        }
        return " (its values match " + fact.pattern() + ")";
    }
}
