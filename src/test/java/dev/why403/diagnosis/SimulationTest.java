package dev.why403.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.ScenarioFile;
import dev.why403.release.Release;
import dev.why403.release.ReleaseBuilder;
import dev.why403.rules.RuleFiles;
import dev.why403.rules.Simulation;
import dev.why403.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Weighing a question simulates each answer in one rule session, adding the answer and taking it back. That must
 * give exactly what evaluating all the facts afresh with the answer gives: for the shipped knowledge, every
 * scenario's facts, every question and every answer.
 */
class SimulationTest {

    static final Release SHIPPED = new ReleaseBuilder(SimulationTest.class.getClassLoader(), Clock.systemUTC())
            .build(KnowledgeFiles.read(Path.of("knowledge")), RuleFiles.read(Path.of("rules")));

    @Test
    void aSimulatedAnswerGivesTheConfidencesOfAFreshEvaluation() {
        Diagnoser diagnoser = SHIPPED.diagnoser();
        int compared = 0;
        for (ScenarioFile file : SHIPPED.knowledge().scenarios()) {
            List<Fact> facts = ScenarioRunner.facts(SHIPPED, file.scenario());
            Findings findings = Findings.logical(causes());
            try (Simulation simulation = SHIPPED.rules().simulate(facts, Map.of(Findings.GLOBAL, findings))) {
                for (Question question : SHIPPED.knowledge().questions()) {
                    for (Question.Answer answer : question.answers()) {
                        Fact fact = Fact.of(question.fact(), answer.value(), Fact.Source.ANSWER, question.id());
                        List<Fact> all = new ArrayList<>(facts);
                        all.add(fact);
                        Map<String, Double> fresh = diagnoser.rank(all).confidences();

                        Map<String, Double> simulated = Ranking.confidences(
                                SHIPPED.knowledge(),
                                Diagnoser.concluded(simulation.with(fact, Findings.Concluded.class)));

                        assertThat(simulated.keySet())
                                .as("%s, %s=%s", file.file(), question.fact(), answer.value())
                                .isEqualTo(fresh.keySet());
                        fresh.forEach((cause, confidence) -> assertThat(simulated.get(cause))
                                .as("%s, %s=%s, %s", file.file(), question.fact(), answer.value(), cause)
                                .isCloseTo(confidence, Offset.offset(1e-12)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aDiagnosisRanksExactlyAsAPlainEvaluation() {
        Diagnoser diagnoser = SHIPPED.diagnoser();
        for (ScenarioFile file : SHIPPED.knowledge().scenarios()) {
            List<Fact> facts = ScenarioRunner.facts(SHIPPED, file.scenario());
            Ranking plain = diagnoser.rank(facts);

            Diagnosis diagnosis = diagnoser.diagnose(facts, java.util.Set.of());

            assertThat(diagnosis.causes()).as(file.file()).isEqualTo(plain.causes());
            assertThat(diagnosis.ruledOut()).as(file.file()).isEqualTo(plain.ruledOut());
        }
    }

    @Test
    void takingAnAnswerBackLeavesTheSimulationAsItWas() {
        List<Fact> facts = ScenarioRunner.facts(
                SHIPPED, SHIPPED.knowledge().scenarios().get(0).scenario());
        try (Simulation simulation =
                SHIPPED.rules().simulate(facts, Map.of(Findings.GLOBAL, Findings.logical(causes())))) {
            Fact none = Fact.of("status", "999", Fact.Source.ANSWER, "status");
            List<Finding> before = Diagnoser.concluded(simulation.with(none, Findings.Concluded.class));
            for (Question question : SHIPPED.knowledge().questions()) {
                question.answers()
                        .forEach(answer -> simulation.with(
                                Fact.of(question.fact(), answer.value(), Fact.Source.ANSWER, question.id()),
                                Finding.class));
            }

            assertThat(Diagnoser.concluded(simulation.with(none, Findings.Concluded.class)))
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }

    private static java.util.Set<String> causes() {
        return SHIPPED.knowledge().causes().stream()
                .map(cause -> cause.id())
                .collect(java.util.stream.Collectors.toSet());
    }
}
