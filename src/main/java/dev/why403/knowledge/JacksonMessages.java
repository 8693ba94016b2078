package dev.why403.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's messages in an author's words. Jackson names the Java type it wanted ({@code java.util.ArrayList},
 * {@code dev.why403.knowledge.Difficulty}); the author wrote YAML or JSON and needs to hear "expected a list, found
 * the text 'ip-block'".
 */
public final class JacksonMessages {

    private static final Pattern MISMATCH =
            Pattern.compile("^Cannot (?:deserialize value of type|construct instance of) `([^`<]+)(?:<[^`]*>)?`");

    private static final Pattern FOUND =
            Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean|Null)(?: value)?"
                    + "(?: \\('([^']*)'\\)| \"([^\"]*)\")?");

    private static final Pattern NOT_ENUM =
            Pattern.compile("not one of the values accepted for Enum class: \\[([^]]*)]");

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

    private static final Pattern QUALIFIED =
            Pattern.compile("`(?:[a-z][\\w]*\\.)+(?:[A-Z][\\w]*\\$)*([A-Z][\\w]*)(<[^`]*>)?`");

    private JacksonMessages() {}

    /** The first line of a Jackson message, said plainly. */
    public static String plain(String message) {
        String line = firstLine(message == null ? "" : message);
        Matcher mismatch = MISMATCH.matcher(line);
        if (mismatch.find()) {
            return expected(line, mismatch.group(1));
        }
        String located = SOURCE.matcher(line).replaceAll("line $1, column $2");
        return QUALIFIED.matcher(located).replaceAll("$1");
    }

    private static String expected(String line, String type) {
        Matcher choices = NOT_ENUM.matcher(line);
        String wanted = enumValues(type).orElseGet(() -> choices.find() ? "one of " + choices.group(1) : kind(type));
        Matcher found = FOUND.matcher(line);
        if (!found.find()) {
            return "expected " + wanted;
        }
        String text = found.group(2) != null ? found.group(2) : found.group(3);
        return "expected " + wanted + ", found " + found(found.group(1), text);
    }

    private static String kind(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return switch (simple) {
            case "List", "ArrayList", "Collection", "Set", "LinkedHashSet", "HashSet" -> "a list";
            case "String" -> "text";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a mapping of names to values";
        };
    }

    /** The values an enumeration takes, as the knowledge writes them (lower case). */
    private static Optional<String> enumValues(String type) {
        try {
            Class<?> found = Class.forName(type, false, JacksonMessages.class.getClassLoader());
            if (!found.isEnum()) {
                return Optional.empty();
            }
            return Optional.of("one of "
                    + Arrays.stream(found.getEnumConstants())
                            .map(constant -> constant.toString().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String found(String token, String text) {
        return switch (token) {
            case "Array" -> "a list";
            case "Object" -> "a mapping";
            case "String" -> text == null ? "text" : "the text '" + text + "'";
            case "Integer", "Floating-point" -> "a number";
            case "Boolean" -> "true or false";
            default -> "nothing";
        };
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
