package dev.why403.knowledge;

import dev.why403.knowledge.KnowledgeProblem.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks the pieces of knowledge against each other: ids, references, values and patterns. */
final class KnowledgeValidator {

    private final KnowledgeParts parts;
    private final Map<String, Map<String, Location>> idLocations;
    private final Map<String, String> texts;
    private final List<KnowledgeProblem> problems = new ArrayList<>();
    private final Set<String> causeIds;
    private final Set<String> questionIds;
    private final Map<String, FactDefinition> facts;

    KnowledgeValidator(
            KnowledgeParts parts, Map<String, Map<String, Location>> idLocations, Map<String, String> texts) {
        this.parts = parts;
        this.idLocations = idLocations;
        this.texts = texts;
        this.causeIds = ids(parts.causes(), Cause::id);
        this.questionIds = ids(parts.questions(), Question::id);
        this.facts = parts.facts().stream()
                .collect(Collectors.toMap(FactDefinition::name, fact -> fact, (first, second) -> first));
    }

    List<KnowledgeProblem> problems() {
        checkDuplicates();
        parts.topics().forEach(this::checkTopic);
        parts.causes().forEach(this::checkCause);
        parts.fixes().forEach(fix -> checkCauseList(fix.id(), "fix", fix.causes(), true));
        parts.steps().forEach(step -> checkCauseList(step.id(), "step", step.causes(), false));
        parts.faq().forEach(entry -> checkCauseList(entry.id(), "FAQ entry", entry.causes(), false));
        parts.facts().forEach(this::checkFact);
        parts.questions().forEach(this::checkQuestion);
        parts.signatures().forEach(signature -> new SignatureCheck(signature, facts, this::report).run());
        return problems;
    }

    private void checkDuplicates() {
        duplicates(parts.causes(), Cause::id, "cause");
        duplicates(parts.fixes(), Fix::id, "fix");
        duplicates(parts.steps(), Step::id, "step");
        duplicates(parts.faq(), FaqEntry::id, "FAQ entry");
        duplicates(parts.facts(), FactDefinition::name, "fact");
        duplicates(parts.questions(), Question::id, "question");
        duplicates(parts.signatures(), Signature::id, "signature");
    }

    private <T> void duplicates(List<T> items, Function<T, String> id, String kind) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null || key.isBlank()) {
                report(null, "a " + kind + " has no id");
            } else if (!seen.add(key)) {
                report(key, "the " + kind + " id '" + key + "' is used more than once");
            }
        }
    }

    private void checkTopic(Topic topic) {
        if (topic.startQuestion() != null && !questionIds.contains(topic.startQuestion())) {
            report(topic.id(), "the topic starts with the unknown question '" + topic.startQuestion() + "'");
        }
    }

    private void checkCause(Cause cause) {
        require(cause.id(), "cause", "title", cause.title());
        if (cause.likelihood() == null) {
            report(cause.id(), "the cause '" + cause.id() + "' has no likelihood (high, medium or low)");
        }
        boolean fixed = parts.fixes().stream().anyMatch(fix -> fix.causes().contains(cause.id()));
        if (!fixed) {
            report(cause.id(), "no fix addresses the cause '" + cause.id() + "'");
        }
    }

    private void checkCauseList(String owner, String kind, List<String> causes, boolean required) {
        if (required && causes.isEmpty()) {
            report(owner, "the " + kind + " '" + owner + "' names no cause");
        }
        causes.stream()
                .filter(cause -> !causeIds.contains(cause))
                .forEach(cause -> reportAt(
                        "causes:",
                        owner,
                        cause,
                        "the " + kind + " '" + owner + "' names the unknown cause '" + cause + "'"));
    }

    private void checkFact(FactDefinition fact) {
        checkSetter(fact);
        if (fact.enumerated() == (fact.pattern() != null)) {
            report(fact.name(), "the fact '" + fact.name() + "' needs either values or a pattern, not both");
            return;
        }
        if (fact.pattern() != null) {
            Patterns.check(fact.pattern())
                    .ifPresent(error -> report(fact.name(), "the pattern of fact '" + fact.name() + "': " + error));
        }
    }

    /** A fact nothing sets leaves every rule that reads it dead; usually a misspelt name on one side. */
    private void checkSetter(FactDefinition fact) {
        if (fact.setBy() != null) {
            if (!FactDefinition.SET_BY.contains(fact.setBy())) {
                reportAt(
                        "setBy:",
                        fact.name(),
                        fact.setBy(),
                        "the fact '" + fact.name() + "' is set by '" + fact.setBy() + "'; setBy is one of "
                                + String.join(", ", FactDefinition.SET_BY));
            }
            return;
        }
        boolean asked =
                parts.questions().stream().anyMatch(question -> fact.name().equals(question.fact()));
        boolean signed = parts.signatures().stream()
                .anyMatch(signature -> signature.sets().containsKey(fact.name()));
        if (!asked && !signed) {
            report(
                    fact.name(),
                    "nothing sets the fact '" + fact.name() + "': no question asks for it and no signature sets it"
                            + " (when something else sets it, say so with setBy: request, response, probe or given)");
        }
    }

    private void checkQuestion(Question question) {
        require(question.id(), "question", "text", question.text());
        FactDefinition fact = facts.get(question.fact());
        if (fact == null) {
            report(
                    question.id(),
                    "the question '" + question.id() + "' sets the unknown fact '" + question.fact() + "'");
            return;
        }
        if (question.answer(FactDefinition.UNKNOWN).isEmpty()) {
            report(question.id(), "the question '" + question.id() + "' offers no 'unknown' (don't know) answer");
        }
        question.answers().forEach(answer -> checkAnswer(question, fact, answer));
    }

    private void checkAnswer(Question question, FactDefinition fact, Question.Answer answer) {
        if (!fact.allows(answer.value())) {
            report(
                    question.id(),
                    "the answer '" + answer.value() + "' of question '" + question.id()
                            + "' is not a value of the fact '" + fact.name() + "'");
        }
        if (answer.next() != null && !questionIds.contains(answer.next())) {
            report(
                    question.id(),
                    "the answer '" + answer.value() + "' of question '" + question.id()
                            + "' leads to the unknown question '" + answer.next() + "'");
        }
    }

    private void require(String id, String kind, String field, String value) {
        if (value == null || value.isBlank()) {
            report(id, "the " + kind + " '" + id + "' has no " + field);
        }
    }

    /** Reports a bad value where the item's {@code key} gives it, where the author has to look. */
    private void reportAt(String key, String id, String value, String message) {
        for (var file : idLocations.entrySet()) {
            Location item = file.getValue().get(id);
            if (item != null) {
                Location at = valueLocation(texts.getOrDefault(file.getKey(), ""), item, key, value)
                        .orElse(item);
                problems.add(KnowledgeProblem.at(file.getKey(), at, message));
                return;
            }
        }
        report(id, message);
    }

    /** The value as a whole word, from the item's {@code key} on; empty when it cannot be found. */
    private static Optional<Location> valueLocation(String text, Location item, String key, String value) {
        List<String> lines = text.lines().toList();
        Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])");
        boolean underKey = false;
        for (int line = item.line(); line <= lines.size(); line++) {
            String current = lines.get(line - 1);
            underKey |= current.stripLeading().startsWith(key);
            Matcher found = word.matcher(current);
            if (underKey && found.find()) {
                return Optional.of(new Location(line, found.start() + 1));
            }
        }
        return Optional.empty();
    }

    private void report(String id, String message) {
        for (var file : idLocations.entrySet()) {
            Location location = id == null ? null : file.getValue().get(id);
            if (location != null) {
                problems.add(KnowledgeProblem.at(file.getKey(), location, message));
                return;
            }
        }
        problems.add(new KnowledgeProblem("", 0, 0, message));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
