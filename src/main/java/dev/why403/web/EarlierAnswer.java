package dev.why403.web;

import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.session.AnswerRecord;

/** An answer given earlier, in the words the question page used, with the address that changes it. */
public record EarlierAnswer(String question, String text, String label, String changeLink) {

    static EarlierAnswer of(String sessionId, AnswerRecord answer, Knowledge knowledge) {
        var question = knowledge.question(answer.question());
        String label = question.flatMap(asked -> asked.answer(answer.answer()))
                .map(Question.Answer::label)
                .orElse(answer.answer());
        return new EarlierAnswer(
                answer.question(),
                question.map(Question::text).orElse(answer.question()),
                label,
                Links.change(sessionId, answer.question()));
    }
}
