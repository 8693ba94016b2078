package dev.why403.scenario;

import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Scenario;
import dev.why403.knowledge.Scenario.Expect;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that a scenario speaks the knowledge's language before it is run: known facts with allowed values, known
 * questions with offered answers, known causes. A typo then reads as a typo, not as a wrong diagnosis.
 */
final class ScenarioInputs {

    private final Knowledge knowledge;
    private final ScenarioProblems problems;

    ScenarioInputs(Knowledge knowledge, ScenarioProblems problems) {
        this.knowledge = knowledge;
        this.problems = problems;
    }

    void check(Scenario scenario) {
        if (scenario.name() == null || scenario.name().isBlank()) {
            problems.add("name", "give the scenario a name");
        }
        if (scenario.request() != null) {
            request(scenario.request());
        }
        scenario.given().forEach((name, value) -> fact(name, name, value));
        scenario.answers().forEach(this::answer);
        expect(scenario.expect());
    }

    private void request(Scenario.Request request) {
        fact("method", "request_method", request.method());
        fact("credentials", "credentials", request.credentials());
        if (request.url() != null && !isHttpUrl(request.url())) {
            problems.add("url", "the URL must be absolute http or https: " + request.url());
        }
    }

    private void fact(String key, String name, String value) {
        if (value == null) {
            return;
        }
        FactDefinition fact = knowledge.fact(name).orElse(null);
        if (fact == null) {
            problems.add(key, "'" + name + "' is not a fact of the vocabulary (facts.yaml)");
        } else if (!fact.allows(value)) {
            problems.add(key, "'" + value + "' is not an allowed value of " + name);
        }
    }

    private void answer(String questionId, String value) {
        Question question = knowledge.question(questionId).orElse(null);
        if (question == null) {
            problems.add(questionId, "'" + questionId + "' is not a question (questions.yaml)");
        } else if (question.answer(value).isEmpty()) {
            String offered =
                    question.answers().stream().map(Question.Answer::value).collect(Collectors.joining(", "));
            problems.add(questionId, "'" + value + "' is not an answer to '" + questionId + "'; offered: " + offered);
        }
    }

    private void expect(Expect expect) {
        boolean expectsNothing = expect.topCause() == null
                && expect.topCauseOneOf().isEmpty()
                && expect.present().isEmpty()
                && expect.absent().isEmpty()
                && expect.nextQuestion() == null;
        if (expectsNothing) {
            problems.add("expect", "expect at least one of topCause, topCauseOneOf, present, absent, nextQuestion");
        }
        causes("topCause", expect.topCause() == null ? List.of() : List.of(expect.topCause()));
        causes("topCauseOneOf", expect.topCauseOneOf());
        causes("present", expect.present());
        causes("absent", expect.absent());
        String next = expect.nextQuestion();
        if (next != null
                && !Expect.NO_QUESTION.equals(next)
                && knowledge.question(next).isEmpty()) {
            problems.add("nextQuestion", "'" + next + "' is not a question; write a question id or none");
        }
    }

    private void causes(String key, List<String> ids) {
        ids.stream()
                .filter(id -> knowledge.cause(id).isEmpty())
                .forEach(id -> problems.add(key, "'" + id + "' is not a cause (causes.yaml)"));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            return (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
