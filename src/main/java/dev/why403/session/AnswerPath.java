package dev.why403.session;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which answers still apply after an earlier answer changed. A question applies when it starts a tree, when
 * no answer leads to it (a free question), or when an answer kept so far (or a known fact) leads to it.
 */
final class AnswerPath {

    private final Knowledge knowledge;
    private final Set<String> branchQuestions;

    AnswerPath(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.branchQuestions = knowledge.questions().stream()
                .flatMap(question -> question.answers().stream())
                .map(Question.Answer::next)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The answers that still apply, in order; {@code keepFirst} answers are kept as they are. */
    List<AnswerRecord> prune(List<AnswerRecord> answers, int keepFirst, List<Fact> otherFacts) {
        Set<String> reachable = new HashSet<>();
        knowledge.startQuestions().forEach(question -> reachable.add(question.id()));
        otherFacts.forEach(fact -> reachableFrom(fact.name(), fact.value(), reachable));
        List<AnswerRecord> kept = new ArrayList<>();
        for (int index = 0; index < answers.size(); index++) {
            AnswerRecord answer = answers.get(index);
            if (index < keepFirst || applies(answer.question(), reachable)) {
                kept.add(answer);
                knowledge
                        .question(answer.question())
                        .flatMap(question -> question.answer(answer.answer()))
                        .map(Question.Answer::next)
                        .ifPresent(reachable::add);
            }
        }
        return kept;
    }

    private boolean applies(String question, Set<String> reachable) {
        return !branchQuestions.contains(question) || reachable.contains(question);
    }

    private void reachableFrom(String factName, String value, Set<String> reachable) {
        knowledge.questions().stream()
                .filter(question -> question.fact().equals(factName))
                .flatMap(question -> question.answer(value).stream())
                .map(Question.Answer::next)
                .filter(Objects::nonNull)
                .forEach(reachable::add);
    }
}
