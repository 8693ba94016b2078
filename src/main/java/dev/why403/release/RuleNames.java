package dev.why403.release;

import dev.why403.rules.RuleFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rules that share a name within a package. Drools refuses them too, but names only one place; an author
 * needs both, since the two rules usually sit in different files.
 */
final class RuleNames {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([\\w.]+)");

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private RuleNames() {}

    static List<ReleaseProblem> duplicates(RuleFiles files) {
        Map<String, String> firstPlace = new HashMap<>();
        List<ReleaseProblem> problems = new ArrayList<>();
        files.texts().forEach((file, text) -> {
            String packageName = packageOf(text);
            LineIndex lines = new LineIndex(text);
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String name = nameOf(rule);
                String place = "rules/" + file + ":" + lines.lineOf(rule.start());
                String earlier = firstPlace.putIfAbsent(packageName + "/" + name, place);
                if (earlier != null) {
                    problems.add(new ReleaseProblem(
                            "rules/" + file,
                            lines.lineOf(rule.start()),
                            0,
                            "the rule name \"" + name + "\" is already used at " + earlier
                                    + "; names must be unique within a package"));
                }
            }
        });
        return problems;
    }

    private static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String nameOf(Matcher rule) {
        for (int group = 1; group <= 3; group++) {
            if (rule.group(group) != null) {
                return rule.group(group);
            }
        }
        return "";
    }
}
