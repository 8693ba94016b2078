package dev.why403.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge could not be loaded; every problem found is listed, not just the first. */
public class KnowledgeException extends RuntimeException {

    private final transient List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }

    private static String describe(List<KnowledgeProblem> problems) {
        return problems.size() + " problem(s) in the knowledge:\n"
                + problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n"));
    }
}
