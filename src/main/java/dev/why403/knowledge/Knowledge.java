package dev.why403.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Everything read from the knowledge folders, validated and cross-referenced; immutable. */
public final class Knowledge {

    private final List<Topic> topics;
    private final Map<String, Cause> causes;
    private final Map<String, Fix> fixes;
    private final List<Step> steps;
    private final List<FaqEntry> faq;
    private final List<String> takeaways;
    private final Map<String, FactDefinition> facts;
    private final Map<String, Question> questions;
    private final List<Signature> signatures;
    private final List<ScenarioFile> scenarios;

    public Knowledge(KnowledgeParts parts) {
        this.topics = List.copyOf(parts.topics());
        this.causes = byKey(parts.causes(), Cause::id);
        this.fixes = byKey(parts.fixes(), Fix::id);
        this.steps = parts.steps().stream()
                .sorted(java.util.Comparator.comparingInt(Step::order))
                .toList();
        this.faq = List.copyOf(parts.faq());
        this.takeaways = List.copyOf(parts.takeaways());
        this.facts = byKey(parts.facts(), FactDefinition::name);
        this.questions = byKey(parts.questions(), Question::id);
        this.signatures = List.copyOf(parts.signatures());
        this.scenarios = parts.scenarios().stream()
                .sorted(java.util.Comparator.comparing(ScenarioFile::file))
                .toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Cause> causes() {
        return List.copyOf(causes.values());
    }

    public Optional<Cause> cause(String id) {
        return Optional.ofNullable(causes.get(id));
    }

    public List<Fix> fixes() {
        return List.copyOf(fixes.values());
    }

    public Optional<Fix> fix(String id) {
        return Optional.ofNullable(fixes.get(id));
    }

    public List<Fix> fixesFor(String causeId) {
        return fixes.values().stream()
                .filter(fix -> fix.causes().contains(causeId))
                .toList();
    }

    public List<Step> steps() {
        return steps;
    }

    public List<FaqEntry> faq() {
        return faq;
    }

    public List<String> takeaways() {
        return takeaways;
    }

    public List<FactDefinition> facts() {
        return List.copyOf(facts.values());
    }

    public Optional<FactDefinition> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** The worked examples kept beside the knowledge, in file order; they are checked when a release is built. */
    public List<ScenarioFile> scenarios() {
        return scenarios;
    }

    /** The questions the trees start from, one per topic, in topic order. */
    public List<Question> startQuestions() {
        return topics.stream()
                .map(Topic::startQuestion)
                .map(questions::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
