package dev.why403.knowledge;

import java.util.List;
import java.util.Optional;

/** A question of the decision tree: its answer sets one fact and may lead to a next question. */
public record Question(String id, String fact, String text, String help, List<Answer> answers) {

    public Question {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public Optional<Answer> answer(String value) {
        return answers.stream().filter(answer -> answer.value().equals(value)).findFirst();
    }

    /** One answer offered; {@code next} is the question that follows it, if any. */
    public record Answer(String value, String label, String next) {}
}
