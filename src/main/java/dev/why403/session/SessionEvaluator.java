package dev.why403.session;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.observation.Observation;
import dev.why403.observation.ResponseParser;
import dev.why403.probe.ProbeLayer;
import dev.why403.release.Release;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Diagnoses a stored session on one release: response into facts, facts into a diagnosis. */
final class SessionEvaluator {

    private final Release release;

    SessionEvaluator(Release release) {
        this.release = release;
    }

    Optional<Observation> observe(String response) {
        if (response == null || response.isBlank()) {
            return Optional.empty();
        }
        var parsed = new ResponseParser().parse(response);
        return Optional.of(release.signatures().observe(parsed, Fact.Source.RESPONSE, "pasted"));
    }

    SessionView view(SessionRecord record, StoredParts parts) {
        Optional<Observation> observation = observe(record.responseRaw);
        List<Fact> facts = facts(parts, observation);
        Diagnosis diagnosis = release.diagnoser().diagnose(facts, answered(parts.answers()));
        record.releaseVersion = release.version();
        record.topCause = diagnosis.top().map(top -> top.cause().id()).orElse(null);
        record.vendors = vendors(observation, parts.probes());
        record.state = diagnosis.nextQuestion().isPresent() ? SessionRecord.OPEN : SessionRecord.FINISHED;
        return new SessionView(
                record.id,
                record.createdAt,
                record.updatedAt,
                release.version(),
                parts.request(),
                Optional.ofNullable(record.responseRaw),
                facts,
                parts.answers(),
                observation,
                diagnosis,
                parts.probes());
    }

    List<Fact> facts(StoredParts parts, Optional<Observation> observation) {
        return SessionFacts.of(
                release.knowledge(),
                parts.request(),
                observation,
                parts.probes().facts(),
                parts.facts(),
                parts.answers());
    }

    private static java.util.Set<String> answered(List<AnswerRecord> answers) {
        return answers.stream().map(AnswerRecord::question).collect(Collectors.toSet());
    }

    private static String vendors(Optional<Observation> observation, ProbeLayer probes) {
        var probed = probes.observations().stream().flatMap(Optional::stream);
        String joined = Stream.concat(observation.stream(), probed)
                .flatMap(seen -> seen.signatures().stream())
                .map(Observation.MatchedSignature::vendor)
                .filter(vendor -> vendor != null)
                .distinct()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 512));
    }

    /** The parts of a stored session that live in JSON columns, read back, and its probe results. */
    record StoredParts(
            Optional<RequestInfo> request, Map<String, String> facts, List<AnswerRecord> answers, ProbeLayer probes) {

        StoredParts(Optional<RequestInfo> request, Map<String, String> facts, List<AnswerRecord> answers) {
            this(request, facts, answers, ProbeLayer.EMPTY);
        }
    }
}
