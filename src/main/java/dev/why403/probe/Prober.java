package dev.why403.probe;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.jboss.logging.Logger;

/**
 * Probes a failing URL with the variations of a plan, all at once, under one deadline. Credentials of the request
 * are used for that one run and kept nowhere: results, logs and exceptions only ever see them redacted.
 */
public final class Prober implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Prober.class);

    private final ProbeSettings settings;

    private final AddressPolicy policy;

    private final HostResolver resolver;

    private final ConnectionWatch watch;

    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());

    public Prober(ProbeSettings settings) {
        this(settings, AddressPolicy.of(settings.allowPrivateNetworks()), HostResolver.system(), ConnectionWatch.NONE);
    }

    Prober(ProbeSettings settings, AddressPolicy policy, HostResolver resolver, ConnectionWatch watch) {
        this.settings = settings;
        this.policy = policy;
        this.resolver = resolver;
        this.watch = watch;
    }

    /**
     * Why the target of this URL may not be probed at all, such as a private address when those are not allowed;
     * empty when it may. Decided before any connection is made.
     */
    public Optional<Refusal> refusal(URI url) {
        Redactor redactor = Redactor.forRequest(new ProbeRequest("GET", url, List.of()));
        TargetCheck check = new AddressGuard(policy, resolver).check(url, redactor.url(url));
        return check instanceof TargetCheck.Refused refused ? Optional.of(refused.refusal()) : Optional.empty();
    }

    /** Runs every probe of the plan against the given request; the results follow the plan's order. */
    public List<ProbeResult> run(ProbePlan plan, ProbeRequest given) {
        long started = System.nanoTime();
        ProbeRun run = new ProbeRun(
                plan,
                given,
                Redactor.forRequest(given),
                new AddressGuard(policy, resolver),
                new PinnedDns(),
                settings,
                started + settings.deadline().toNanos());
        int connections = Math.max(1, plan.probes().size());
        var sockets = new GuardedSocketFactory(policy, watch);
        CloseableHttpClient client = ProbeClients.open(run.dns(), sockets, connections);
        try {
            List<ProbeResult> results = runAll(run, client);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.debugf("Probed %s with %d probes in %d ms", run.redactor().url(given.url()), results.size(), millis);
            return results;
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    private List<ProbeResult> runAll(ProbeRun run, CloseableHttpClient client) {
        List<ProbeCall> calls = run.plan().probes().stream()
                .map(probe ->
                        new ProbeCall(probe, run, new Hop(client, run.settings().bodyCap())))
                .toList();
        List<CompletableFuture<ProbeResult>> futures = calls.stream()
                .map(call -> CompletableFuture.supplyAsync(call::run, executor))
                .toList();

        List<ProbeResult> results = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            results.add(await(futures.get(i), calls.get(i), run.deadlineNanos()));
        }
        return results;
    }

    private static ProbeResult await(CompletableFuture<ProbeResult> future, ProbeCall call, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return call.cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return call.cancel();
        } catch (ExecutionException e) {
            return call.crashed(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "why403-probe-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
