package dev.why403.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A worked example an author keeps beside the knowledge: what a visitor brings (request, pasted response, facts,
 * answers) and what the diagnosis must say. Every release runs them; one that fails is not published.
 */
public record Scenario(
        String name,
        String source,
        Request request,
        String response,
        Map<String, String> given,
        Map<String, String> answers,
        Expect expect) {

    public Scenario {
        given = ordered(given);
        answers = ordered(answers);
        expect = expect == null ? new Expect(null, null, null, null, null) : expect;
    }

    /** Answers are given in the order a visitor would give them, so the map keeps the file's order. */
    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The failing request, as a visitor would describe it. */
    public record Request(String method, String url, String credentials) {}

    /**
     * What the diagnosis must say. Unset parts are not checked. {@code nextQuestion} is a question id, or
     * {@value #NO_QUESTION} when nothing more should be asked.
     */
    public record Expect(
            String topCause,
            List<String> topCauseOneOf,
            List<String> present,
            List<String> absent,
            String nextQuestion) {

        public static final String NO_QUESTION = "none";

        public Expect {
            topCauseOneOf = topCauseOneOf == null ? List.of() : List.copyOf(topCauseOneOf);
            present = present == null ? List.of() : List.copyOf(present);
            absent = absent == null ? List.of() : List.copyOf(absent);
        }
    }
}
