package dev.why403.release;

import dev.why403.release.ReleaseAttempt.Outcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Holds the release the service answers with. A reload reads the files, builds and checks a new release off the
 * request path and swaps it in whole; requests that took the old one finish on it. A reload that fails leaves the
 * old release serving.
 */
@Startup
@ApplicationScoped
public class CurrentRelease {

    private static final Logger LOG = Logger.getLogger(CurrentRelease.class);

    /** A failed reload's WARN line names this many problems; the status endpoint has them all. */
    private static final int LOGGED_PROBLEMS = 3;

    private final Why403Config config;
    private final ReleasePipeline pipeline;
    private final ReleaseHistory history;
    private final KeptReleases kept;
    private final AtomicReference<Release> current = new AtomicReference<>();

    /** The version of the files the last reload read, built or not: unchanged files are not rebuilt. */
    private String lastSeen;

    public CurrentRelease(Why403Config config, Instance<ReleaseCheck> checks) {
        this.config = config;
        this.pipeline = new ReleasePipeline(checks.stream().toList(), Clock.systemUTC());
        this.history = new ReleaseHistory(config.reload().historySize());
        this.kept = new KeptReleases(config.reload().keep());

        ReleaseAttempt first = reload("startup").orElseThrow();
        if (first.failed()) {
            throw new ReleaseException(first.problems());
        }
    }

    public Release get() {
        return current.get();
    }

    public ReleaseHistory history() {
        return history;
    }

    public KeptReleases kept() {
        return kept;
    }

    /**
     * Reads the files and, when they changed since the last reload, builds, checks and publishes a release from them.
     * Empty when the files are as the last reload saw them. Reloads run one at a time.
     */
    public synchronized Optional<ReleaseAttempt> reload(String trigger) {
        long started = System.nanoTime();
        ReleaseSources sources;
        try {
            sources = ReleaseSources.read(config.knowledgeDir(), config.rulesDir());
        } catch (ReleaseException e) {
            lastSeen = null;
            return Optional.of(failed(trigger, "unread", started, e));
        }

        String version = sources.version();
        if (version.equals(lastSeen)) {
            LOG.debugf("Reload (%s): files unchanged at version %s", trigger, version);
            return Optional.empty();
        }
        lastSeen = version;
        return Optional.of(publish(trigger, sources, version, started));
    }

    private ReleaseAttempt publish(String trigger, ReleaseSources sources, String version, long started) {
        Release serving = current.get();
        if (serving != null && serving.version().equals(version)) {
            return record(trigger, version, Outcome.UNCHANGED, started, List.of());
        }
        try {
            Release release = pipeline.build(sources);
            current.set(release);
            kept.keep(release, sources);
            return record(trigger, version, Outcome.PUBLISHED, started, List.of());
        } catch (ReleaseException e) {
            return failed(trigger, version, started, e);
        }
    }

    /**
     * Publishes a kept release again, built anew from its files and checked as any other. The files on disk are
     * left as they are, and are not reloaded until they change again.
     */
    public synchronized ReleaseAttempt rollback(String version) {
        long started = System.nanoTime();
        ReleaseSources sources = kept.find(version).orElseThrow(() -> new ReleaseNotKeptException(version));
        return publish("rollback", sources, version, started);
    }

    private ReleaseAttempt failed(String trigger, String version, long started, ReleaseException e) {
        ReleaseAttempt attempt = attempt(trigger, version, Outcome.FAILED, started, e.problems());
        history.record(attempt);
        Release serving = current.get();
        String problems = e.problems().stream()
                .limit(LOGGED_PROBLEMS)
                .map(ReleaseProblem::toString)
                .collect(Collectors.joining("; "));
        if (serving == null) {
            LOG.errorf(
                    "Release %s from %s and %s failed in %d ms with %d problem(s), nothing to serve: %s",
                    version,
                    config.knowledgeDir(),
                    config.rulesDir(),
                    attempt.durationMillis(),
                    e.problems().size(),
                    problems);
        } else {
            LOG.warnf(
                    "Reload (%s) of release %s failed in %d ms with %d problem(s); release %s keeps serving: %s",
                    trigger, version, attempt.durationMillis(), e.problems().size(), serving.version(), problems);
        }
        return attempt;
    }

    private ReleaseAttempt record(
            String trigger, String version, Outcome outcome, long started, List<ReleaseProblem> problems) {
        ReleaseAttempt attempt = attempt(trigger, version, outcome, started, problems);
        history.record(attempt);
        Release release = current.get();
        LOG.infof(
                "Reload (%s): release %s %s in %d ms: %d causes, %d rules, %d signatures, %d scenarios",
                trigger,
                version,
                outcome.name().toLowerCase(java.util.Locale.ROOT),
                attempt.durationMillis(),
                release.knowledge().causes().size(),
                release.rules().ruleCount(),
                release.knowledge().signatures().size(),
                release.knowledge().scenarios().size());
        return attempt;
    }

    private static ReleaseAttempt attempt(
            String trigger, String version, Outcome outcome, long started, List<ReleaseProblem> problems) {
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new ReleaseAttempt(Clock.systemUTC().instant(), trigger, version, outcome, millis, problems);
    }
}
