package dev.why403.session;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.observation.Observation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers a session's facts in layers: the request, then the response, then the probes, then the facts given, then
 * the answers. A
 * name set by a later layer replaces it from the earlier ones, since what a person states outranks what was read.
 */
public final class SessionFacts {

    private SessionFacts() {}

    public static List<Fact> of(
            Knowledge knowledge,
            Optional<RequestInfo> request,
            Optional<Observation> observation,
            Map<String, String> given,
            List<AnswerRecord> answers) {
        return of(knowledge, request, observation, List.of(), given, answers);
    }

    static List<Fact> of(
            Knowledge knowledge,
            Optional<RequestInfo> request,
            Optional<Observation> observation,
            List<Fact> probed,
            Map<String, String> given,
            List<AnswerRecord> answers) {
        List<List<Fact>> layers = List.of(
                request.map(SessionFacts::requestFacts).orElse(List.of()),
                observation.map(Observation::facts).orElse(List.of()),
                probed,
                givenFacts(given),
                answerFacts(knowledge, answers));
        List<Fact> facts = new ArrayList<>();
        for (List<Fact> layer : layers) {
            Set<String> names = layer.stream().map(Fact::name).collect(Collectors.toSet());
            facts.removeIf(fact -> names.contains(fact.name()));
            facts.addAll(layer);
        }
        return List.copyOf(facts);
    }

    static List<Fact> requestFacts(RequestInfo request) {
        List<Fact> facts = new ArrayList<>();
        if (request.method() != null) {
            facts.add(Fact.of("request_method", request.method(), Fact.Source.REQUEST, "method"));
        }
        if (request.url() != null) {
            String scheme = URI.create(request.url()).getScheme();
            facts.add(Fact.of("url_scheme", scheme, Fact.Source.REQUEST, "url"));
        }
        if (request.credentials() != null) {
            facts.add(Fact.of("credentials", request.credentials(), Fact.Source.REQUEST, "credentials"));
        }
        return facts;
    }

    private static List<Fact> givenFacts(Map<String, String> given) {
        return new java.util.TreeMap<>(given)
                .entrySet().stream()
                        .map(entry -> Fact.of(entry.getKey(), entry.getValue(), Fact.Source.GIVEN, null))
                        .toList();
    }

    private static List<Fact> answerFacts(Knowledge knowledge, List<AnswerRecord> answers) {
        Map<String, Fact> byName = new LinkedHashMap<>();
        for (AnswerRecord answer : answers) {
            knowledge
                    .question(answer.question())
                    .map(Question::fact)
                    .ifPresent(fact ->
                            byName.put(fact, Fact.of(fact, answer.answer(), Fact.Source.ANSWER, answer.question())));
        }
        return List.copyOf(byName.values());
    }
}
