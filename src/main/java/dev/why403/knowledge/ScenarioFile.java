package dev.why403.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scenario and the file it came from, with the line of each key, so a failure can point at what it checks. */
public record ScenarioFile(String file, Scenario scenario, Map<String, Integer> keyLines) {

    private static final Pattern KEY = Pattern.compile("^\\s*(?:-\\s+)?([\\w-]+)\\s*:");

    public ScenarioFile {
        keyLines = Map.copyOf(keyLines);
    }

    static ScenarioFile of(String file, Scenario scenario, String text) {
        Map<String, Integer> lines = new HashMap<>();
        String[] textLines = text.split("\n", -1);
        for (int index = 0; index < textLines.length; index++) {
            Matcher matcher = KEY.matcher(textLines[index]);
            if (matcher.find()) {
                lines.putIfAbsent(matcher.group(1), index + 1);
            }
        }
        return new ScenarioFile(file, scenario, lines);
    }

    /** The line where {@code key} is first written, or 1 when it is not written at all. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
