package dev.why403.observation;

import dev.why403.knowledge.Patterns;
import dev.why403.knowledge.Signature;
import dev.why403.knowledge.Signature.Condition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One signature with its patterns compiled; a match yields the named groups its patterns captured. */
final class CompiledSignature {

    private final Signature source;
    private final List<Test> tests;

    CompiledSignature(Signature source) {
        this.source = source;
        this.tests = source.when().stream().map(CompiledSignature::compile).toList();
    }

    Signature source() {
        return source;
    }

    Optional<Map<String, String>> match(HttpResponse response) {
        Map<String, String> groups = new HashMap<>();
        for (Test test : tests) {
            if (!test.holds(response, groups)) {
                return Optional.empty();
            }
        }
        return Optional.of(groups);
    }

    /** Replaces each {name} in the template with the group of that name, or nothing if it did not take part. */
    static String fill(String template, Map<String, String> groups) {
        return Patterns.placeholderPattern()
                .matcher(template)
                .replaceAll(found -> Matcher.quoteReplacement(groups.getOrDefault(found.group(1), "")));
    }

    private static Test compile(Condition condition) {
        if (condition.status() != null) {
            Pattern status = Pattern.compile(condition.status());
            return (response, groups) -> response.status()
                    .map(code -> capture(status.matcher(code.toString()), true, groups))
                    .orElse(false);
        }
        if (condition.absent() != null) {
            return (response, groups) ->
                    response.headerValues(condition.absent()).isEmpty();
        }
        if (condition.header() != null) {
            Pattern value = condition.matches() == null ? null : Pattern.compile(condition.matches());
            return (response, groups) -> response.headerValues(condition.header()).stream()
                    .anyMatch(text -> value == null || capture(value.matcher(text), false, groups));
        }
        Pattern body = Pattern.compile(condition.body());
        return (response, groups) -> capture(body.matcher(response.body()), false, groups);
    }

    private static boolean capture(Matcher matcher, boolean whole, Map<String, String> groups) {
        boolean found = whole ? matcher.matches() : matcher.find();
        if (found) {
            Patterns.groupNames(matcher.pattern().pattern()).forEach(name -> {
                String value = matcher.group(name);
                if (value != null) {
                    groups.putIfAbsent(name, value);
                }
            });
        }
        return found;
    }

    @FunctionalInterface
    private interface Test {
        boolean holds(HttpResponse response, Map<String, String> groups);
    }
}
