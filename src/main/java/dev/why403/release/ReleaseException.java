package dev.why403.release;

import java.util.List;
import java.util.stream.Collectors;

/** A release could not be built; lists every problem found, each with file and line. */
public class ReleaseException extends RuntimeException {

    private final transient List<ReleaseProblem> problems;

    public ReleaseException(List<ReleaseProblem> problems) {
        super(problems.size() + " problem(s):\n"
                + problems.stream().map(ReleaseProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ReleaseProblem> problems() {
        return problems;
    }
}
