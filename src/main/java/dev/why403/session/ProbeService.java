package dev.why403.session;

import dev.why403.probe.ProbeConfig;
import dev.why403.probe.ProbePlan;
import dev.why403.probe.ProbePlanLoader;
import dev.why403.probe.ProbeRequest;
import dev.why403.probe.ProbeResult;
import dev.why403.probe.Prober;
import dev.why403.probe.Refusal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Probes a session's failing URL and keeps the redacted results with it. The network calls happen outside any
 * transaction: a run may take seconds, and no row is held meanwhile.
 */
@ApplicationScoped
public class ProbeService {

    private static final Logger LOG = Logger.getLogger(ProbeService.class);

    private final SessionService sessions;

    private final ProbeStore store;

    private final ProbePlans plans;

    private final Prober prober;

    ProbeService(SessionService sessions, ProbeStore store, ProbePlans plans, ProbeConfig config) {
        this.sessions = sessions;
        this.store = store;
        this.plans = plans;
        this.prober = new Prober(config.settings());
    }

    /** Probes the URL for an existing session; a new run replaces the session's earlier probe results. */
    public SessionView probe(String sessionId, ProbeInput input) {
        sessions.get(sessionId);
        List<ProbeResult> results = run(input, "");
        store.replace(sessionId, results);
        LOG.debugf("Session %s probed: %d probes", sessionId, results.size());
        return sessions.get(sessionId);
    }

    /** Starts a session from a URL: probes it first, then keeps the results with the new session. */
    public SessionView start(SessionInput input) {
        List<ProbeResult> results = run(input.probe(), "/probe");
        return sessions.create(input, results, input.probe().credentialKind());
    }

    private List<ProbeResult> run(ProbeInput input, String field) {
        if (input == null) {
            throw new InvalidInputException(field, "send the request to probe: {\"url\": ..., \"method\": ...}");
        }
        ProbeRequest request = input.toRequest(field);
        Optional<Refusal> refusal = prober.refusal(request.url());
        if (refusal.isPresent()) {
            // The refusal names a host or address and a redacted URL, never a header.
            LOG.infof("Probe refused: %s", refusal.get());
            throw new ProbeRefusedException(refusal.get(), field + "/url");
        }
        ProbePlan plan = plans.current()
                .orElseThrow(() -> new IllegalStateException("the knowledge has no " + ProbePlanLoader.FILE));
        return prober.run(plan, request);
    }

    @PreDestroy
    void close() {
        prober.close();
    }
}
