package dev.why403.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.knowledge.Question;
import dev.why403.release.Fixtures;
import dev.why403.release.Release;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

    private final Release release = Fixtures.mini();
    private final Diagnoser diagnoser = release.diagnoser();

    private static Fact answer(String name, String value) {
        return Fact.of(name, value, Fact.Source.ANSWER, name);
    }

    @Test
    void withoutFactsCausesRankByPriorAndShareTheOdds() {
        Diagnosis diagnosis = diagnoser.diagnose(List.of(), Set.of());

        assertThat(diagnosis.causes())
                .extracting(ranked -> ranked.cause().id())
                .containsExactly("token", "network", "limit");
        assertThat(diagnosis.causes()).extracting(RankedCause::score).containsExactly(2, 1, 0);
        // 2^2 : 2^1 : 2^0 = 4/7 : 2/7 : 1/7
        assertThat(diagnosis.causes().get(0).confidence())
                .isCloseTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void evidenceMovesACauseUpAndRecordsRuleAndFacts() {
        Diagnosis diagnosis = diagnoser.diagnose(List.of(answer("elsewhere", "yes")), Set.of("elsewhere"));

        RankedCause top = diagnosis.top().orElseThrow();
        assertThat(top.cause().id()).isEqualTo("network");
        assertThat(top.score()).isEqualTo(5);
        assertThat(top.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("Working elsewhere points at a network block");
            assertThat(finding.facts()).extracting(Fact::name).containsExactly("elsewhere");
        });
    }

    @Test
    void fixesComeFromEasyToHard() {
        Diagnosis diagnosis = diagnoser.diagnose(List.of(answer("elsewhere", "yes")), Set.of());

        assertThat(diagnosis.top().orElseThrow().fixes())
                .extracting(fix -> fix.id())
                .containsExactly("other-network", "allowlist");
    }

    @Test
    void aRuledOutCauseLeavesTheRankingWithItsEvidence() {
        Diagnosis diagnosis = diagnoser.diagnose(List.of(answer("many_requests", "no")), Set.of());

        assertThat(diagnosis.causes()).extracting(ranked -> ranked.cause().id()).doesNotContain("limit");
        assertThat(diagnosis.ruledOut()).singleElement().satisfies(ruledOut -> {
            assertThat(ruledOut.cause().id()).isEqualTo("limit");
            assertThat(ruledOut.findings())
                    .extracting(Finding::evidence)
                    .containsExactly("Only a few requests were sent.");
        });
    }

    @Test
    void theSameFactsAlwaysGiveTheSameRanking() {
        List<Fact> facts = List.of(answer("elsewhere", "no"), answer("status", "401"));

        List<String> first = ids(diagnoser.diagnose(facts, Set.of()));
        for (int run = 0; run < 20; run++) {
            assertThat(ids(diagnoser.diagnose(facts, Set.of()))).isEqualTo(first);
        }
    }

    @Test
    void theTreeStartsAtItsFirstQuestionAndFollowsTheAnswer() {
        assertThat(next(List.of(), Set.of())).isEqualTo("status-seen");
        assertThat(next(List.of(answer("status", "403")), Set.of("status-seen")))
                .isEqualTo("elsewhere");
    }

    @Test
    void aQuestionWhoseFactIsKnownIsSkippedAlongItsBranch() {
        Fact fromResponse = Fact.of("status", "403", Fact.Source.RESPONSE, "pasted");

        assertThat(next(List.of(fromResponse), Set.of())).isEqualTo("elsewhere");
    }

    @Test
    void afterTheTreeAFreeQuestionIsAskedOnlyWhileItCanMoveTheRanking() {
        List<Fact> facts = List.of(answer("status", "403"), answer("elsewhere", "no"));
        assertThat(next(facts, Set.of("status-seen", "elsewhere"))).isEqualTo("many");

        List<Fact> answered =
                List.of(answer("status", "403"), answer("elsewhere", "no"), answer("many_requests", "no"));
        assertThat(diagnoser
                        .diagnose(answered, Set.of("status-seen", "elsewhere", "many"))
                        .nextQuestion())
                .isEmpty();
    }

    @Test
    void noQuestionIsAskedOnceNoAnswerCouldMoveTheRanking() {
        List<Fact> decisive = List.of(answer("status", "401"));

        // token now holds 64 of 67 parts of the odds: the rate-limit question could shift them by under 2 %.
        assertThat(diagnoser.diagnose(decisive, Set.of("status-seen")).nextQuestion())
                .isEmpty();
    }

    @Test
    void faqAndStepsFollowTheLeadingCauses() {
        Diagnosis diagnosis = diagnoser.diagnose(List.of(), Set.of());

        assertThat(diagnosis.faq()).extracting(entry -> entry.id()).containsExactly("general", "about-limits");
        assertThat(diagnosis.steps()).extracting(step -> step.id()).containsExactly("check-token");
    }

    private String next(List<Fact> facts, Set<String> answered) {
        return diagnoser
                .diagnose(facts, answered)
                .nextQuestion()
                .map(Question::id)
                .orElse(null);
    }

    private static List<String> ids(Diagnosis diagnosis) {
        return diagnosis.causes().stream().map(ranked -> ranked.cause().id()).toList();
    }
}
