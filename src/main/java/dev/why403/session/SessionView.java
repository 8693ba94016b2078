package dev.why403.session;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.observation.Observation;
import dev.why403.probe.ProbeLayer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A session as shown: what was given, the facts drawn from it, and the diagnosis on the release it used. {@code probes}
 * holds the redacted results of the last probe run, if any, and what the signatures saw in them.
 */
public record SessionView(
        String id,
        Instant createdAt,
        Instant updatedAt,
        String release,
        Optional<RequestInfo> request,
        Optional<String> response,
        List<Fact> facts,
        List<AnswerRecord> answers,
        Optional<Observation> observation,
        Diagnosis diagnosis,
        ProbeLayer probes) {}
