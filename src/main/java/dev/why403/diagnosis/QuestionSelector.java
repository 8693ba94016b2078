package dev.why403.diagnosis;

import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the next question. The decision tree comes first: from each start question, follow the branch of each
 * answer (or of the fact's known value) to the first question still open whose answer could move the ranking. When
 * the trees have nothing left, the free questions (those no answer leads to) are weighed: the one whose answer would
 * move the ranking most, on average over its answers, is asked. A question is worth asking only if its answer would
 * shift the confidences by at least {@link #MIN_EXPECTED_SHIFT} on average; when none would, there is no next
 * question.
 */
final class QuestionSelector {

    /** Below this expected shift in confidence a question is not worth the visitor's time. */
    static final double MIN_EXPECTED_SHIFT = 0.02;

    private final Knowledge knowledge;

    /** The confidences once one more fact, a simulated answer, is added to the facts being weighed. */
    private final Function<Fact, Map<String, Double>> withAnswer;

    QuestionSelector(Knowledge knowledge, Function<Fact, Map<String, Double>> withAnswer) {
        this.knowledge = knowledge;
        this.withAnswer = withAnswer;
    }

    Optional<Question> next(List<Fact> facts, Set<String> answered, Ranking current) {
        Map<String, String> known =
                facts.stream().collect(Collectors.toMap(Fact::name, Fact::value, (first, second) -> first));
        Map<String, Double> before = current.confidences();
        for (Question start : knowledge.startQuestions()) {
            Optional<Question> open = firstUseful(start, facts, known, answered, before);
            if (open.isPresent()) {
                return open;
            }
        }
        return mostInformative(facts, known, answered, before);
    }

    /**
     * Walks a tree to its first open question that could still move the ranking. A question that could not is
     * passed over as if answered "don't know", so the walk goes on along that branch.
     */
    private Optional<Question> firstUseful(
            Question start,
            List<Fact> facts,
            Map<String, String> known,
            Set<String> answered,
            Map<String, Double> before) {
        Set<String> visited = new HashSet<>();
        Question question = start;
        while (question != null && visited.add(question.id())) {
            String value = known.get(question.fact());
            if (value == null && !answered.contains(question.id())) {
                if (expectedShift(question, facts, before) >= MIN_EXPECTED_SHIFT) {
                    return Optional.of(question);
                }
                value = FactDefinition.UNKNOWN;
            }
            question = question.answer(value)
                    .map(Question.Answer::next)
                    .flatMap(knowledge::question)
                    .orElse(null);
        }
        return Optional.empty();
    }

    private Optional<Question> mostInformative(
            List<Fact> facts, Map<String, String> known, Set<String> answered, Map<String, Double> before) {
        Set<String> branches = branchQuestions();
        return knowledge.questions().stream()
                .filter(question -> !branches.contains(question.id()))
                .filter(question -> !answered.contains(question.id()) && !known.containsKey(question.fact()))
                .map(question -> new Weighed(question, expectedShift(question, facts, before)))
                .filter(weighed -> weighed.shift() >= MIN_EXPECTED_SHIFT)
                .max(Comparator.comparingDouble(Weighed::shift))
                .map(Weighed::question);
    }

    private double expectedShift(Question question, List<Fact> facts, Map<String, Double> before) {
        List<Question.Answer> informative = question.answers().stream()
                .filter(answer -> !FactDefinition.UNKNOWN.equals(answer.value()))
                .toList();
        return informative.stream()
                .mapToDouble(answer -> shift(before, answerFact(question, answer)))
                .average()
                .orElse(0);
    }

    private static Fact answerFact(Question question, Question.Answer answer) {
        return Fact.of(question.fact(), answer.value(), Fact.Source.ANSWER, question.id());
    }

    /** Total variation distance between two confidence distributions; a ruled-out cause counts as zero. */
    private double shift(Map<String, Double> before, Fact answer) {
        Map<String, Double> after = withAnswer.apply(answer);
        Set<String> causes = new HashSet<>(before.keySet());
        causes.addAll(after.keySet());
        double distance = causes.stream()
                .mapToDouble(cause -> Math.abs(before.getOrDefault(cause, 0.0) - after.getOrDefault(cause, 0.0)))
                .sum();
        return distance / 2;
    }

    /** Questions some answer leads to: they are asked only on their branch. */
    private Set<String> branchQuestions() {
        Set<String> starts =
                knowledge.startQuestions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> branches = knowledge.questions().stream()
                .flatMap(question -> question.answers().stream())
                .map(Question.Answer::next)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        branches.addAll(starts);
        return branches;
    }

    private record Weighed(Question question, double shift) {}
}
