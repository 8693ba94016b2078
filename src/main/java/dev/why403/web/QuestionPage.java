package dev.why403.web;

import dev.why403.diagnosis.RankedCause;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.session.SessionView;
import java.util.List;

/**
 * The question page: the next question (null when none is left), the answers so far, the cause leading so far
 * (null before any evidence), and an error about the last attempt to answer (empty when there is none).
 */
public record QuestionPage(
        String id, Question question, List<EarlierAnswer> answers, RankedCause leading, String error) {

    static QuestionPage of(SessionView view, Knowledge knowledge, String error) {
        List<EarlierAnswer> answers = view.answers().stream()
                .map(answer -> EarlierAnswer.of(view.id(), answer, knowledge))
                .toList();
        return new QuestionPage(
                view.id(),
                view.diagnosis().nextQuestion().orElse(null),
                answers,
                view.diagnosis().top().orElse(null),
                error);
    }

    /** The number of the question on show, counting from one. */
    public int number() {
        return answers.size() + 1;
    }

    public String resultLink() {
        return Links.result(id);
    }

    public String answerAction() {
        return Links.session(id) + "/answers";
    }

    public String backAction() {
        return Links.session(id) + "/back";
    }
}
