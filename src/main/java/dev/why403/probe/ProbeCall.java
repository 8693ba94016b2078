package dev.why403.probe;

import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.jboss.logging.Logger;

/** Runs one probe: varies the request, checks each target, sends it and follows redirects up to the cap. */
final class ProbeCall {

    private static final Logger LOG = Logger.getLogger(ProbeCall.class);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Probe probe;

    private final ProbeRun run;

    private final Hop hop;

    private final ProbeRequest request;

    private final ProbeResult.SentRequest sent;

    private final long startedNanos = System.nanoTime();

    private volatile boolean cancelled;

    ProbeCall(Probe probe, ProbeRun run, Hop hop) {
        this.probe = probe;
        this.run = run;
        this.hop = hop;
        this.request = vary(probe, run);
        Redactor redactor = run.redactor();
        this.sent = request == null
                ? new ProbeResult.SentRequest("", "", List.of())
                : new ProbeResult.SentRequest(
                        request.method(), redactor.url(request.url()), redactor.requestHeaders(request.headers()));
    }

    // Null when the change does not fit the URL; the probe then reports that instead of sending anything.
    private static ProbeRequest vary(Probe probe, ProbeRun run) {
        try {
            return RequestVariations.apply(
                    probe.change(), run.given(), run.plan().userAgents());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Probe probe() {
        return probe;
    }

    ProbeResult run() {
        Trace trace = new Trace();
        if (request == null) {
            return trace.failed("this variation cannot be applied to the given URL");
        }
        if (!SAFE_METHODS.contains(request.method())) {
            String reason = "only GET, HEAD and OPTIONS are probed, never " + request.method();
            return trace.refused(new Refusal(sent.url(), reason));
        }
        try {
            return follow(trace);
        } catch (IOException | IllegalArgumentException e) {
            return trace.failed(describe(e));
        }
    }

    /** Stops the probe at the run's deadline: no further request is sent and the one in flight is aborted. */
    ProbeResult cancel() {
        cancelled = true;
        hop.cancel();
        LOG.warnf("Probe %s did not finish within the deadline of %d ms", probe.id(), deadlineMillis());
        return new Trace().failed("the run's deadline of " + deadlineMillis() + " ms passed first");
    }

    /** A fault of the prober itself; its message may quote the request, so only the exception's kind is kept. */
    ProbeResult crashed(Throwable cause) {
        LOG.errorf(
                "Probe %s failed unexpectedly with %s",
                probe.id(), cause.getClass().getName());
        return new Trace().failed("failed unexpectedly: " + cause.getClass().getSimpleName());
    }

    private ProbeResult follow(Trace trace) throws IOException {
        Step step = new Step(request.method(), request.url(), request.headers());
        while (!cancelled) {
            Optional<Refusal> refusal = checkAndPin(step.url());
            if (refusal.isPresent()) {
                return trace.refused(refusal.get());
            }
            trace.answer = hop.send(step.method(), step.url(), step.headers(), run.timeLeft());

            Optional<URI> next = redirectTarget(step.url(), trace.answer);
            if (next.isEmpty()) {
                return trace.done();
            }
            if (trace.redirects.size() == run.settings().redirectCap()) {
                return trace.failed("stopped after " + run.settings().redirectCap() + " redirects");
            }
            trace.redirects.add(redirect(step.url(), trace.answer.status(), next.get()));
            step = step.redirectedTo(next.get(), trace.answer.status());
        }
        return trace.failed("cancelled");
    }

    /** Checks the URL's target and pins its addresses, the only ones the client may then connect to. */
    private Optional<Refusal> checkAndPin(URI url) {
        TargetCheck check = run.guard().check(url, run.redactor().url(url));
        if (check instanceof TargetCheck.Refused refused) {
            return Optional.of(refused.refusal());
        }
        run.dns().pin(Urls.bareHost(url), ((TargetCheck.Allowed) check).addresses());
        return Optional.empty();
    }

    private static Optional<URI> redirectTarget(URI url, Hop.Answer answer) {
        if (!REDIRECTS.contains(answer.status())) {
            return Optional.empty();
        }
        return answer.headers().stream()
                .filter(header -> header.name().equalsIgnoreCase("Location"))
                .findFirst()
                .map(location -> url.resolve(location.value().trim()));
    }

    private ProbeResult.Redirect redirect(URI from, int status, URI to) {
        return new ProbeResult.Redirect(
                run.redactor().url(from), status, run.redactor().url(to));
    }

    private String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof InterruptedIOException) {
            return "timed out: " + message;
        }
        if (e instanceof ConnectException) {
            return "could not connect: " + run.redactor().text(message);
        }
        return (e instanceof SSLException ? "TLS failed: " : "failed: ")
                + run.redactor().text(message);
    }

    private long deadlineMillis() {
        return run.settings().deadline().toMillis();
    }

    /** One request of a probe; a redirect leads to the next. */
    private record Step(String method, URI url, List<Header> headers) {

        Step redirectedTo(URI next, int status) {
            // Credentials are meant for the site they were given for, never for a site a redirect points to.
            boolean sameOrigin = Urls.origin(url).equalsIgnoreCase(Urls.origin(next));
            List<Header> kept = sameOrigin ? headers : RequestVariations.withoutCredentials(headers);
            // A 303 asks for the new location with GET; the other redirects keep the method.
            String nextMethod = status == 303 && !method.equals("HEAD") ? "GET" : method;
            return new Step(nextMethod, next, kept);
        }
    }

    /** What the probe has seen so far, turned into its result when it ends. */
    private final class Trace {

        private final List<ProbeResult.Redirect> redirects = new ArrayList<>();

        private Hop.Answer answer;

        ProbeResult done() {
            return result(Optional.empty(), Optional.empty());
        }

        ProbeResult refused(Refusal refusal) {
            LOG.infof("Probe %s not sent: %s", probe.id(), refusal);
            return result(Optional.of(refusal), Optional.empty());
        }

        ProbeResult failed(String error) {
            LOG.debugf("Probe %s failed: %s", probe.id(), error);
            return result(Optional.empty(), Optional.of(error));
        }

        private ProbeResult result(Optional<Refusal> refusal, Optional<String> error) {
            long millis = (System.nanoTime() - startedNanos) / 1_000_000;
            boolean truncated = answer != null && answer.truncated();
            return new ProbeResult(probe.id(), sent, response(), truncated, millis, redirects, refusal, error);
        }

        private Optional<HttpResponse> response() {
            if (answer == null) {
                return Optional.empty();
            }
            Redactor redactor = run.redactor();
            return Optional.of(new HttpResponse(
                    Optional.of(answer.status()),
                    redactor.responseHeaders(answer.headers()),
                    redactor.text(answer.body())));
        }
    }
}
