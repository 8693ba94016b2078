package dev.why403.scenario;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.RankedCause;
import dev.why403.diagnosis.RuledOutCause;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Scenario.Expect;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Compares a diagnosis with what a scenario expects, and says what differed in words an author can act on. */
final class Expectations {

    /** A failure shows this many leading causes, so the author sees what won instead. */
    private static final int SHOWN_CAUSES = 3;

    private final Expect expect;
    private final ScenarioProblems problems;

    Expectations(Expect expect, ScenarioProblems problems) {
        this.expect = expect;
        this.problems = problems;
    }

    void check(Diagnosis diagnosis) {
        String top = diagnosis.top().map(ranked -> ranked.cause().id()).orElse("nothing");
        if (expect.topCause() != null && !expect.topCause().equals(top)) {
            problems.add("topCause", "expected top cause " + expect.topCause() + ", got " + leading(diagnosis));
        }
        if (!expect.topCauseOneOf().isEmpty() && !expect.topCauseOneOf().contains(top)) {
            problems.add(
                    "topCauseOneOf",
                    "expected the top cause to be one of " + expect.topCauseOneOf() + ", got " + leading(diagnosis));
        }
        expect.present().forEach(cause -> present(diagnosis, cause));
        expect.absent().forEach(cause -> absent(diagnosis, cause));
        nextQuestion(diagnosis);
    }

    private void present(Diagnosis diagnosis, String cause) {
        diagnosis.ruledOut().stream()
                .filter(ruledOut -> ruledOut.cause().id().equals(cause))
                .findFirst()
                .ifPresent(ruledOut -> problems.add(
                        "present", "expected " + cause + " among the causes, but it was ruled out: " + why(ruledOut)));
    }

    private void absent(Diagnosis diagnosis, String cause) {
        List<RankedCause> causes = diagnosis.causes();
        for (int index = 0; index < causes.size(); index++) {
            if (causes.get(index).cause().id().equals(cause)) {
                problems.add(
                        "absent",
                        "expected " + cause + " to be ruled out, but it ranks #" + (index + 1) + " of "
                                + causes.size());
            }
        }
    }

    private void nextQuestion(Diagnosis diagnosis) {
        if (expect.nextQuestion() == null) {
            return;
        }
        String next = diagnosis.nextQuestion().map(Question::id).orElse(Expect.NO_QUESTION);
        if (!expect.nextQuestion().equals(next)) {
            problems.add("nextQuestion", "expected next question " + expect.nextQuestion() + ", got " + next);
        }
    }

    private static String leading(Diagnosis diagnosis) {
        if (diagnosis.causes().isEmpty()) {
            return "no cause in play";
        }
        return diagnosis.causes().stream()
                .limit(SHOWN_CAUSES)
                .map(ranked -> String.format(
                        Locale.ROOT,
                        "%s (score %d, %.0f%%)",
                        ranked.cause().id(),
                        ranked.score(),
                        ranked.confidence() * 100))
                .collect(Collectors.joining(", "));
    }

    private static String why(RuledOutCause ruledOut) {
        return ruledOut.findings().stream()
                .filter(finding -> finding.kind() == dev.why403.diagnosis.Finding.Kind.RULES_OUT)
                .map(finding -> "rule \"" + finding.rule() + "\"")
                .collect(Collectors.joining(", "));
    }
}
