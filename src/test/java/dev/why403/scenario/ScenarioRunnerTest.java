package dev.why403.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.release.Fixtures;
import dev.why403.release.Release;
import dev.why403.release.ReleaseProblem;
import dev.why403.release.ReleaseSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

    static final String FILE = "demo/scenarios/elsewhere.yaml";

    @Test
    void aScenarioWhoseDiagnosisMatchesHasNoProblems() {
        assertThat(run("name: Elsewhere\nanswers:\n  status-seen: \"403\"\n  elsewhere: \"yes\"\nexpect:\n"
                        + "  topCause: network\n  present: [token]\n  nextQuestion: none\n"))
                .isEmpty();
    }

    @Test
    void aDifferentTopCauseIsReportedAtItsLineWithTheLeadingCauses() {
        assertThat(run("name: Elsewhere\ngiven:\n  elsewhere: \"yes\"\nexpect:\n  topCause: token\n"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("knowledge/" + FILE);
                    assertThat(problem.line()).isEqualTo(5);
                    assertThat(problem.message())
                            .startsWith("scenario 'Elsewhere': expected top cause token, got network (score 5");
                });
    }

    @Test
    void theTopCauseMayBeOneOfSeveral() {
        String scenario = "name: Elsewhere\ngiven:\n  elsewhere: \"yes\"\nexpect:\n  topCauseOneOf: [%s]\n";

        assertThat(run(scenario.formatted("token, network"))).isEmpty();
        assertThat(run(scenario.formatted("token, limit")))
                .singleElement()
                .extracting(ReleaseProblem::message)
                .asString()
                .contains("one of [token, limit], got network");
    }

    @Test
    void presentAndAbsentCausesAreCheckedAgainstWhatWasRuledOut() {
        String scenario =
                "name: Few requests\ngiven:\n  many_requests: \"no\"\nexpect:\n  present: [%s]\n" + "  absent: [%s]\n";

        assertThat(run(scenario.formatted("token", "limit"))).isEmpty();
        assertThat(run(scenario.formatted("limit", "token")))
                .extracting(ReleaseProblem::message)
                .anySatisfy(message -> assertThat(message).contains("expected limit among the causes"))
                .anySatisfy(message -> assertThat(message).contains("expected token to be ruled out, but it ranks"));
    }

    @Test
    void theNextQuestionIsChecked() {
        assertThat(run("name: Start\nexpect:\n  nextQuestion: elsewhere\n"))
                .singleElement()
                .extracting(ReleaseProblem::message)
                .asString()
                .contains("expected next question elsewhere, got status-seen");
    }

    @Test
    void unknownNamesAreReportedAsTyposNotAsWrongDiagnoses() {
        assertThat(run("name: Typos\ngiven:\n  elswhere: \"yes\"\nanswers:\n  many: maybe\nexpect:\n"
                        + "  topCause: tokn\n"))
                .extracting(ReleaseProblem::line, ReleaseProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3, "scenario 'Typos': 'elswhere' is not a fact of the vocabulary (facts.yaml)"),
                        org.assertj.core.groups.Tuple.tuple(
                                5, "scenario 'Typos': 'maybe' is not an answer to 'many'; offered: yes, no, unknown"),
                        org.assertj.core.groups.Tuple.tuple(
                                7, "scenario 'Typos': 'tokn' is not a cause (causes.yaml)"));
    }

    @Test
    void theShippedKnowledgePassesEveryScenario() {
        ReleaseSources shipped = ReleaseSources.read(Path.of("knowledge"), Path.of("rules"));
        Release release = Fixtures.build(shipped.knowledge(), shipped.rules());

        assertThat(release.knowledge().scenarios()).hasSizeGreaterThanOrEqualTo(37);
        assertThat(new ScenarioRunner().run(release)).isEmpty();
    }

    static List<ReleaseProblem> run(String scenario) {
        Release release = Fixtures.build(Fixtures.knowledgeWith(FILE, scenario), Fixtures.rules());
        return new ScenarioRunner().run(release);
    }
}
