package dev.why403.knowledge;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Helpers for the regular expressions that knowledge authors write. */
public final class Patterns {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private Patterns() {}

    /** The compile error in plain words, or empty when the pattern is fine. */
    public static Optional<String> check(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription() + " near index " + e.getIndex() + " of \"" + pattern + "\"");
        }
    }

    public static Set<String> groupNames(String pattern) {
        return allMatches(GROUP_NAME, pattern);
    }

    /** The {name} placeholders in a value template. */
    public static Set<String> placeholders(String template) {
        return allMatches(PLACEHOLDER, template);
    }

    public static Pattern placeholderPattern() {
        return PLACEHOLDER;
    }

    private static Set<String> allMatches(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
