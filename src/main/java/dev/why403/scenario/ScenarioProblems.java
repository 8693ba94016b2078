package dev.why403.scenario;

import dev.why403.knowledge.ScenarioFile;
import dev.why403.release.ReleaseProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one scenario, each problem at the line of the key it concerns. */
final class ScenarioProblems {

    private final ScenarioFile file;
    private final List<ReleaseProblem> problems = new ArrayList<>();

    ScenarioProblems(ScenarioFile file) {
        this.file = file;
    }

    void add(String key, String message) {
        String name =
                file.scenario().name() == null ? "(unnamed)" : file.scenario().name();
        problems.add(new ReleaseProblem(
                "knowledge/" + file.file(), file.lineOf(key), 0, "scenario '" + name + "': " + message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ReleaseProblem> all() {
        return List.copyOf(problems);
    }
}
