package dev.why403.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error MVEL found in a consequence. Drools puts it at the rule's first line, inside a long text that repeats the
 * whole consequence; the expression it quotes as "near" tells the line the author has to look at.
 */
record ConsequenceMessage(String error, String near) {

    /** A class named with its package: the package says nothing to an author. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)");

    private static final String STRICT_METHOD = "unable to resolve method using strict-mode: ";

    private static final Pattern ANALYSIS = Pattern.compile(
            "(?s)^Unable to Analyse Expression .*?\\[Error: (.*?)]\\s*\\[Near : \\{\\.\\.\\. ?(.*?) ?\\.\\.\\.\\.}]");

    static Optional<ConsequenceMessage> parse(String message) {
        Matcher matcher = ANALYSIS.matcher(message == null ? "" : message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ConsequenceMessage(
                plain(matcher.group(1).strip()), matcher.group(2).strip()));
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

    /** The problem at the line of the quoted expression, searched from the rule's line on; else the rule's line. */
    RuleProblem problem(String file, int ruleLine, String text) {
        String message = "in the consequence: " + error + (near.isEmpty() ? "" : " (near: " + near + ")");
        return new RuleProblem(file, lineOfNear(text, ruleLine), 0, message);
    }

    private int lineOfNear(String text, int ruleLine) {
        String firstLine = near.lines().findFirst().orElse("").strip();
        if (text == null || firstLine.isEmpty()) {
            return ruleLine;
        }
        int from = offsetOfLine(text, ruleLine);
        int found = text.indexOf(firstLine, from);
        return found < 0 ? ruleLine : ruleLine + count(text, from, found);
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int current = 1; current < line && offset >= 0; current++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return Math.max(offset, 0);
    }

    private static int count(String text, int from, int to) {
        return (int) text.substring(from, to).chars().filter(c -> c == '\n').count();
    }
}
