package dev.why403.diagnosis;

import dev.why403.knowledge.Cause;
import dev.why403.knowledge.FaqEntry;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Step;
import dev.why403.rules.RuleBase;
import dev.why403.rules.Simulation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns facts into a diagnosis with one knowledge and one rule base; holds no state between calls. */
public final class Diagnoser {

    /** Guide steps and FAQ entries are chosen for this many leading causes. */
    static final int LEADING_CAUSES = 3;

    private final Knowledge knowledge;
    private final RuleBase rules;
    private final Set<String> causeIds;

    public Diagnoser(Knowledge knowledge, RuleBase rules) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.causeIds = knowledge.causes().stream().map(Cause::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Ranks the facts and chooses the next question in one rule session: the facts are evaluated once, and each
     * answer a question could get is tried on top of them, firing only the rules it touches.
     */
    public Diagnosis diagnose(List<Fact> facts, Set<String> answeredQuestions) {
        try (Simulation simulation = rules.simulate(facts, Map.of(Findings.GLOBAL, Findings.logical(causeIds)))) {
            Ranking ranking = Ranking.of(knowledge, concluded(simulation.objects(Findings.Concluded.class)));
            Function<Fact, Map<String, Double>> withAnswer = answer ->
                    Ranking.confidences(knowledge, concluded(simulation.with(answer, Findings.Concluded.class)));
            Optional<Question> next =
                    new QuestionSelector(knowledge, withAnswer).next(facts, answeredQuestions, ranking);
            return diagnosis(ranking, next);
        }
    }

    /**
     * A diagnosis with no next question chosen, for callers that do not ask one (a scenario that expects none):
     * choosing it simulates every answer to every open question and costs more than the ranking itself.
     */
    public Diagnosis diagnoseWithoutQuestion(List<Fact> facts) {
        return diagnosis(rank(facts), Optional.empty());
    }

    /** The findings a simulation holds, in the order the rules concluded them, as an evaluation lists them. */
    static List<Finding> concluded(List<Findings.Concluded> held) {
        return held.stream()
                .sorted(java.util.Comparator.comparingLong(Findings.Concluded::order))
                .map(Findings.Concluded::finding)
                .toList();
    }

    private Diagnosis diagnosis(Ranking ranking, Optional<Question> next) {
        Set<String> leading = ranking.causes().stream()
                .limit(LEADING_CAUSES)
                .map(ranked -> ranked.cause().id())
                .collect(Collectors.toSet());
        return new Diagnosis(ranking.causes(), ranking.ruledOut(), steps(leading), faq(leading), next);
    }

    /** The ranking the rules give for these facts, without choosing a question. */
    public Ranking rank(List<Fact> facts) {
        Findings findings = new Findings(causeIds);
        rules.evaluate(facts, Map.of(Findings.GLOBAL, findings));
        return Ranking.of(knowledge, findings.all());
    }

    private List<Step> steps(Set<String> leading) {
        return knowledge.steps().stream()
                .filter(step -> step.causes().stream().anyMatch(leading::contains))
                .toList();
    }

    private List<FaqEntry> faq(Set<String> leading) {
        return knowledge.faq().stream()
                .filter(entry -> entry.general() || entry.causes().stream().anyMatch(leading::contains))
                .toList();
    }
}
