package dev.why403.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.why403.probe.ProbeResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps the redacted probe results of each session, one row per probe, in the plan's order. */
@ApplicationScoped
class ProbeStore {

    private final ObjectMapper json;

    ProbeStore(ObjectMapper json) {
        this.json = json;
    }

    List<ProbeResult> results(String sessionId) {
        return ProbeRecord.<ProbeRecord>list("sessionId = ?1 order by probeOrder", sessionId).stream()
                .map(record -> read(record.result))
                .toList();
    }

    /** Replaces the session's earlier probe results, if any, with those of a new run. */
    @Transactional
    void replace(String sessionId, List<ProbeResult> results) {
        ProbeRecord.delete("sessionId", sessionId);
        Instant now = Instant.now();
        for (int order = 0; order < results.size(); order++) {
            ProbeResult result = results.get(order);
            ProbeRecord record = new ProbeRecord();
            record.id = UUID.randomUUID().toString();
            record.sessionId = sessionId;
            record.runAt = now;
            record.probeOrder = order;
            record.probeId = result.probeId();
            record.status = result.status().orElse(null);
            record.millis = result.millis();
            record.result = write(result);
            record.persist();
        }
    }

    private String write(ProbeResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a probe result could not be written as JSON", e);
        }
    }

    private ProbeResult read(String text) {
        try {
            return json.readValue(text, ProbeResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored probe result is not valid JSON", e);
        }
    }
}
