package dev.why403.release;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs the release pipeline on a thread of its own, for at most a set time. A rule whose action never returns (a
 * loop without end) would otherwise hold the build, and every reload and upload waiting behind it, forever. Any
 * other unexpected failure of a build is a problem of that build too, never an escape past the status.
 */
final class BoundedBuilds {

    private static final Logger LOG = Logger.getLogger(BoundedBuilds.class);

    private static final Duration STOP_GRACE = Duration.ofSeconds(1);

    private final ReleasePipeline pipeline;
    private final Duration limit;
    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private ExecutorService executor = newExecutor();

    BoundedBuilds(ReleasePipeline pipeline, Duration limit) {
        this.pipeline = pipeline;
        this.limit = limit;
    }

    /** Builds and checks a release, or throws {@link ReleaseException} with the problems. One build at a time. */
    synchronized Release build(ReleaseSources sources) {
        Future<Release> build = executor.submit(() -> pipeline.build(sources));
        try {
            return build.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(build);
            throw problem("the build did not finish within " + limit.toSeconds() + " s and was stopped: a rule's "
                    + "action may never return (a loop without end?)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReleaseException problems) {
                throw problems;
            }
            LOG.error("A release build failed unexpectedly", e.getCause());
            throw problem("the build failed unexpectedly: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(build);
            throw problem("the build was interrupted");
        }
    }

    /**
     * Stops a build that overran. An action looping without end ignores interruption, so the thread is stopped as a
     * last resort: it only ever runs the build of a release that is thrown away, and holds no lock of the service.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stop(Future<Release> build) {
        build.cancel(true);
        Thread stuck = worker.get();
        executor.shutdownNow();
        executor = newExecutor();
        try {
            if (stuck != null) {
                stuck.join(STOP_GRACE.toMillis());
                if (stuck.isAlive()) {
                    LOG.warnf("Stopping the release build thread %s, which did not end when interrupted", stuck);
                    stuck.stop();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "why403-build");
            thread.setDaemon(true);
            worker.set(thread);
            return thread;
        });
    }

    private static ReleaseException problem(String message) {
        return new ReleaseException(List.of(new ReleaseProblem("rules/", 0, 0, message)));
    }
}
