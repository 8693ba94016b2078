package dev.why403.session;

import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks what a user sends against the fact vocabulary and the questions, with messages that say what to fix. */
final class InputValidator {

    /** A pasted response larger than this is not a 403 page someone copied from a terminal. */
    static final int MAX_RESPONSE_CHARS = 256 * 1024;

    private final Knowledge knowledge;

    InputValidator(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    RequestInfo request(RequestInfo request) {
        String method =
                request.method() == null ? null : request.method().strip().toUpperCase(Locale.ROOT);
        checkValue("/request/method", "request_method", method);
        checkUrl(request.url());
        checkValue("/request/credentials", "credentials", request.credentials());
        return new RequestInfo(
                method, request.url() == null ? null : request.url().strip(), request.credentials());
    }

    void response(String response) {
        if (response != null && response.length() > MAX_RESPONSE_CHARS) {
            throw new InputTooLargeException(
                    "/response",
                    "the pasted response has " + response.length() + " characters; at most " + MAX_RESPONSE_CHARS
                            + " are accepted: cut the body down to its first part");
        }
    }

    void facts(Map<String, String> facts) {
        facts.forEach((name, value) -> {
            if (knowledge.fact(name).isEmpty()) {
                throw new InvalidInputException(
                        "/facts/" + name, "'" + name + "' is not a known fact; GET /api/knowledge/facts lists them");
            }
            checkValue("/facts/" + name, name, value);
        });
    }

    Question answer(String questionId, String value) {
        Question question = knowledge
                .question(questionId)
                .orElseThrow(() -> new InvalidInputException(
                        "/question",
                        "'" + questionId + "' is not a known question; GET /api/knowledge/questions" + " lists them"));
        if (question.answer(value).isEmpty()) {
            String allowed =
                    question.answers().stream().map(Question.Answer::value).collect(Collectors.joining(", "));
            throw new InvalidInputException(
                    "/answer", "'" + value + "' is not an answer to '" + questionId + "'; the answers are: " + allowed);
        }
        return question;
    }

    private void checkValue(String field, String factName, String value) {
        if (value == null) {
            return;
        }
        FactDefinition fact = knowledge
                .fact(factName)
                .orElseThrow(() -> new IllegalStateException("the knowledge does not define the fact " + factName));
        if (!fact.allows(value)) {
            throw new InvalidInputException(
                    field, "'" + value + "' is not allowed for " + factName + "; " + allowed(fact));
        }
    }

    private static String allowed(FactDefinition fact) {
        if (fact.enumerated()) {
            // Every fact takes "unknown" (don't know), whether or not its vocabulary lists it.
            List<String> values = new java.util.ArrayList<>(
                    fact.values().stream().map(FactDefinition.FactValue::value).toList());
            if (!values.contains(FactDefinition.UNKNOWN)) {
                values.add(FactDefinition.UNKNOWN);
            }
            return "allowed: " + String.join(", ", values);
        }
        return "it must match " + fact.pattern();
    }

    private static void checkUrl(String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidInputException("/request/url", "the URL must be absolute http or https: " + url);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("/request/url", "the URL is not valid: " + e.getMessage());
        }
    }
}
