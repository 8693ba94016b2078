package dev.why403.scenario;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Scenario;
import dev.why403.knowledge.ScenarioFile;
import dev.why403.observation.Observation;
import dev.why403.observation.Redactor;
import dev.why403.observation.ResponseFormatException;
import dev.why403.observation.ResponseParser;
import dev.why403.release.Release;
import dev.why403.release.ReleaseProblem;
import dev.why403.rules.RuleLoopException;
import dev.why403.session.AnswerRecord;
import dev.why403.session.RequestInfo;
import dev.why403.session.SessionFacts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a release's scenarios. Each one's request, response, facts and answers become facts exactly as in a session,
 * and the diagnosis is compared with what the scenario expects.
 */
public final class ScenarioRunner {

    public List<ReleaseProblem> run(Release release) {
        return release.knowledge().scenarios().stream()
                .flatMap(file -> run(release, file).stream())
                .toList();
    }

    List<ReleaseProblem> run(Release release, ScenarioFile file) {
        ScenarioProblems problems = new ScenarioProblems(file);
        new ScenarioInputs(release.knowledge(), problems).check(file.scenario());
        if (!problems.isEmpty()) {
            return problems.all();
        }

        try {
            Diagnosis diagnosis = diagnose(release, file.scenario());
            new Expectations(file.scenario().expect(), problems).check(diagnosis);
        } catch (ResponseFormatException e) {
            problems.add("response", "the response is not an HTTP response: " + e.getMessage());
        } catch (RuleLoopException e) {
            problems.add("name", "on this scenario's facts " + e.getMessage());
        }
        return problems.all();
    }

    private static Diagnosis diagnose(Release release, Scenario scenario) {
        List<Fact> facts = facts(release, scenario);
        if (scenario.expect().nextQuestion() == null) {
            return release.diagnoser().diagnoseWithoutQuestion(facts);
        }
        return release.diagnoser().diagnose(facts, scenario.answers().keySet());
    }

    /** The facts a session would have from the scenario's request, response, given facts and answers. */
    public static List<Fact> facts(Release release, Scenario scenario) {
        List<AnswerRecord> answers = scenario.answers().entrySet().stream()
                .map(answer -> new AnswerRecord(answer.getKey(), answer.getValue(), Instant.EPOCH))
                .toList();
        return SessionFacts.of(
                release.knowledge(), request(scenario), observe(release, scenario), scenario.given(), answers);
    }

    private static Optional<RequestInfo> request(Scenario scenario) {
        return Optional.ofNullable(scenario.request())
                .map(request -> new RequestInfo(
                        request.method() == null ? null : request.method().toUpperCase(Locale.ROOT),
                        request.url() == null ? null : request.url().strip(),
                        request.credentials()));
    }

    private static Optional<Observation> observe(Release release, Scenario scenario) {
        if (scenario.response() == null || scenario.response().isBlank()) {
            return Optional.empty();
        }
        // A session reads the response only after redacting it; a scenario must see what a session sees.
        var parsed = new ResponseParser().parse(Redactor.redact(scenario.response()));
        return Optional.of(release.signatures().observe(parsed, Fact.Source.RESPONSE, "pasted"));
    }
}
