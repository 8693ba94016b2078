package dev.why403.knowledge;

import dev.why403.knowledge.KnowledgeProblem.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads knowledge files into one checked {@link Knowledge}, or fails listing every problem with file and line. */
public final class KnowledgeLoader {

    /** Files in a topic folder that other parts of why403 read. */
    private static final Set<String> READ_ELSEWHERE = Set.of("probes.yaml");

    private static final String SCENARIOS = "scenarios/";

    private final YamlReader yaml = new YamlReader();

    public Knowledge load(Path root) {
        return load(KnowledgeFiles.read(root));
    }

    public Knowledge load(KnowledgeFiles files) {
        List<KnowledgeProblem> problems = new ArrayList<>();
        KnowledgeParts parts = KnowledgeParts.empty();
        Map<String, Map<String, Location>> idLocations = new HashMap<>();

        files.texts().forEach((file, text) -> {
            readFile(file, text, parts, problems::add);
            idLocations.put(file, yaml.idLocations(text));
        });
        if (parts.topics().isEmpty() && problems.isEmpty()) {
            problems.add(new KnowledgeProblem("", 0, 0, "no topic folder with a topic.yaml was found"));
        }
        if (problems.isEmpty()) {
            problems.addAll(new KnowledgeValidator(parts, idLocations, files.texts()).problems());
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new Knowledge(parts);
    }

    private void readFile(String file, String text, KnowledgeParts parts, Consumer<KnowledgeProblem> problems) {
        String[] segments = file.split("/", 2);
        if (segments.length < 2) {
            problems.accept(new KnowledgeProblem(file, 0, 0, "knowledge files belong in a topic folder"));
            return;
        }
        String name = segments[1];
        if (READ_ELSEWHERE.contains(name)) {
            return;
        }
        if (name.startsWith(SCENARIOS)) {
            read(file, text, Scenario.class, problems, s -> parts.scenarios().add(ScenarioFile.of(file, s, text)));
            return;
        }
        if (name.startsWith("signatures/")) {
            read(
                    file,
                    text,
                    SignaturesFile.class,
                    problems,
                    f -> parts.signatures().addAll(f.signatures()));
            return;
        }
        readNamed(file, name, text, parts, problems);
    }

    private void readNamed(
            String file, String name, String text, KnowledgeParts parts, Consumer<KnowledgeProblem> problems) {
        switch (name) {
            case "topic.yaml" -> read(file, text, Topic.class, problems, parts.topics()::add);
            case "causes.yaml" ->
                read(file, text, CausesFile.class, problems, f -> parts.causes().addAll(f.causes()));
            case "fixes.yaml" ->
                read(file, text, FixesFile.class, problems, f -> parts.fixes().addAll(f.fixes()));
            case "steps.yaml" ->
                read(file, text, StepsFile.class, problems, f -> parts.steps().addAll(f.steps()));
            case "faq.yaml" ->
                read(file, text, FaqFile.class, problems, f -> parts.faq().addAll(f.faq()));
            case "takeaways.yaml" ->
                read(
                        file,
                        text,
                        TakeawaysFile.class,
                        problems,
                        f -> parts.takeaways().addAll(f.takeaways()));
            case "facts.yaml" ->
                read(file, text, FactsFile.class, problems, f -> parts.facts().addAll(f.facts()));
            case "questions.yaml" ->
                read(
                        file,
                        text,
                        QuestionsFile.class,
                        problems,
                        f -> parts.questions().addAll(f.questions()));
            default -> problems.accept(new KnowledgeProblem(file, 0, 0, "unknown knowledge file " + name));
        }
    }

    private <T> void read(
            String file, String text, Class<T> type, Consumer<KnowledgeProblem> problems, Consumer<T> into) {
        yaml.read(file, text, type, problems).ifPresent(into);
    }

    record CausesFile(List<Cause> causes) {
        CausesFile {
            causes = causes == null ? List.of() : causes;
        }
    }

    record FixesFile(List<Fix> fixes) {
        FixesFile {
            fixes = fixes == null ? List.of() : fixes;
        }
    }

    record StepsFile(List<Step> steps) {
        StepsFile {
            steps = steps == null ? List.of() : steps;
        }
    }

    record FaqFile(List<FaqEntry> faq) {
        FaqFile {
            faq = faq == null ? List.of() : faq;
        }
    }

    record TakeawaysFile(List<String> takeaways) {
        TakeawaysFile {
            takeaways = takeaways == null ? List.of() : takeaways;
        }
    }

    record FactsFile(List<FactDefinition> facts) {
        FactsFile {
            facts = facts == null ? List.of() : facts;
        }
    }

    record QuestionsFile(List<Question> questions) {
        QuestionsFile {
            questions = questions == null ? List.of() : questions;
        }
    }

    record SignaturesFile(List<Signature> signatures) {
        SignaturesFile {
            signatures = signatures == null ? List.of() : signatures;
        }
    }
}
