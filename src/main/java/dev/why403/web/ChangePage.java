package dev.why403.web;

import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.session.AnswerRecord;
import dev.why403.session.SessionConflictException;
import dev.why403.session.SessionView;

/** The page that changes one earlier answer: the question again, with the answer given checked. */
public record ChangePage(String id, Question question, String current, String error) {

    static ChangePage of(SessionView view, Knowledge knowledge, String questionId, String error) {
        AnswerRecord given = view.answers().stream()
                .filter(answer -> answer.question().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new SessionConflictException("the question '" + questionId
                        + "' has not been answered in this session, so there is" + " nothing to change"));
        Question question = knowledge
                .question(questionId)
                .orElseThrow(() -> new SessionConflictException("the question '" + questionId + "' is not known"));
        return new ChangePage(view.id(), question, given.answer(), error);
    }

    public String action() {
        return Links.change(id, question.id());
    }

    public String questionLink() {
        return Links.session(id);
    }
}
