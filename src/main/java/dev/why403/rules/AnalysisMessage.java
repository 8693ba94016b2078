package dev.why403.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error MVEL found while analysing a rule, in words and at a line an author can use. Drools gives a condition's
 * error the condition's line, but a consequence's error the line the rule starts on, inside a long text that repeats
 * the whole consequence. The method MVEL could not resolve, or failing that the expression it quotes as "near", is
 * searched in the rule's text for the line.
 */
record AnalysisMessage(String error, String near, Optional<String> method) {

    /** A class named with its package: the package says nothing to an author. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)");

    private static final String STRICT_METHOD = "unable to resolve method using strict-mode: ";

    private static final Pattern METHOD = Pattern.compile("^no such method: \\w+\\.(\\w+)\\(");

    private static final Pattern ANALYSIS = Pattern.compile(
            "(?s)^Unable to Analyse Expression .*?\\[Error: (.*?)]\\s*\\[Near : \\{\\.\\.\\. ?(.*?) ?\\.\\.\\.\\.}]");

    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\b");

    static Optional<AnalysisMessage> parse(String message) {
        Matcher matcher = ANALYSIS.matcher(message == null ? "" : message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String error = plain(matcher.group(1).strip());
        Matcher method = METHOD.matcher(error);
        return Optional.of(new AnalysisMessage(
                error, matcher.group(2).strip(), method.find() ? Optional.of(method.group(1)) : Optional.empty()));
    }

    /** MVEL's words for an author: classes without packages, and its own failures as "cannot read". */
    private static String plain(String error) {
        if (error.startsWith("Cannot invoke ") || error.endsWith(" is null")) {
            return "cannot read this expression (an operand or a bracket is missing)";
        }
        String shorter =
                error.startsWith(STRICT_METHOD) ? "no such method: " + error.substring(STRICT_METHOD.length()) : error;
        return QUALIFIED.matcher(shorter).replaceAll("$1");
    }

    RuleProblem problem(String file, int reportedLine, String text) {
        RuleText rule = new RuleText(text == null ? "" : text);
        boolean consequence = RULE_START.matcher(rule.line(reportedLine)).find();
        String where = consequence ? "in the consequence: " : "in the condition: ";
        String message = where + error + (near.isEmpty() ? "" : " (near: " + near + ")");
        int line = consequence ? consequenceLine(rule, reportedLine) : reportedLine;
        return new RuleProblem(file, line, 0, message);
    }

    private int consequenceLine(RuleText rule, int ruleLine) {
        Optional<Integer> called = method.flatMap(name -> rule.find(ruleLine, "." + name + "("));
        return called.or(() -> near.lines().findFirst().flatMap(first -> rule.find(ruleLine, first.strip())))
                .orElse(ruleLine);
    }

    /** The text of a rule file, searched from the line a rule starts on up to its {@code end}. */
    private record RuleText(String text) {

        String line(int number) {
            return text.lines().skip(Math.max(number - 1, 0)).findFirst().orElse("");
        }

        Optional<Integer> find(int fromLine, String needle) {
            if (needle.isEmpty()) {
                return Optional.empty();
            }
            int from = offsetOf(fromLine);
            int end = text.indexOf("\nend", from);
            int found = text.indexOf(needle, from);
            if (found < 0 || (end >= 0 && found > end)) {
                return Optional.empty();
            }
            return Optional.of(fromLine
                    + (int) text.substring(from, found)
                            .chars()
                            .filter(c -> c == '\n')
                            .count());
        }

        private int offsetOf(int line) {
            int offset = 0;
            for (int current = 1; current < line; current++) {
                int next = text.indexOf('\n', offset);
                if (next < 0) {
                    return offset;
                }
                offset = next + 1;
            }
            return offset;
        }
    }
}
