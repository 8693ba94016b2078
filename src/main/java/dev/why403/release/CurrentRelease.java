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

/**
 * Holds the release the service answers with. A reload reads the files, builds and checks a new release off the
 * request path and swaps it in whole; requests that took the old one finish on it. A reload that fails leaves the
 * old release serving.
 */
@Startup
@ApplicationScoped
public class CurrentRelease {

    private final Why403Config config;
    private final BoundedBuilds builds;
    private final ReleaseHistory history;
    private final KeptReleases kept;
    private final ReleaseFolders folders;
    private final AtomicReference<Release> current = new AtomicReference<>();

    /** The version of the files the last reload read, built or not: unchanged files are not rebuilt. */
    private String lastSeen;

    public CurrentRelease(Why403Config config, Instance<ReleaseCheck> checks) {
        this.config = config;
        this.builds = new BoundedBuilds(
                new ReleasePipeline(checks.stream().toList(), Clock.systemUTC()),
                config.reload().buildTimeout());
        this.history = new ReleaseHistory(config.reload().historySize());
        this.kept = new KeptReleases(config.reload().keep());
        this.folders = new ReleaseFolders(config.knowledgeDir(), config.rulesDir());

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
            ReleaseLog.unchangedFiles(trigger, version);
            return Optional.empty();
        }
        lastSeen = version;
        return Optional.of(publish(trigger, sources, version, started));
    }

    private ReleaseAttempt publish(String trigger, ReleaseSources sources, String version, long started) {
        return publish(trigger, sources, version, started, () -> {});
    }

    /** Builds and checks; then {@code beforeSwap} (writing the files, say), and only when it succeeds, the swap. */
    private ReleaseAttempt publish(
            String trigger, ReleaseSources sources, String version, long started, Runnable beforeSwap) {
        Release serving = current.get();
        if (serving != null && serving.version().equals(version)) {
            beforeSwap.run();
            return record(trigger, version, Outcome.UNCHANGED, started);
        }
        try {
            Release release = builds.build(sources);
            beforeSwap.run();
            current.set(release);
            kept.keep(release, sources);
            return record(trigger, version, Outcome.PUBLISHED, started);
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

    /**
     * Builds and checks the serving release's files with the proposed changes, as a reload would, and publishes
     * nothing. Runs one at a time with reloads, so a burst of dry runs cannot starve an author's save.
     */
    public synchronized Trial trial(ProposedFiles proposed) {
        ReleaseSources sources = proposed.applyTo(servingSources());
        Trial trial;
        try {
            trial = new Trial(sources.version(), sources, Optional.of(builds.build(sources)), List.of());
        } catch (ReleaseException e) {
            trial = new Trial(sources.version(), sources, Optional.empty(), e.problems());
        }
        ReleaseLog.tried(trial);
        return trial;
    }

    /**
     * Publishes the serving release's files with the proposed changes when they pass every check: written to the
     * folders first, so that the watcher and the next start read the same release, and served once written. Files
     * with problems are neither written nor published; files that cannot be written are not published either.
     */
    public synchronized ReleaseAttempt publish(ProposedFiles proposed) {
        long started = System.nanoTime();
        ReleaseSources sources = proposed.applyTo(servingSources());
        String version = sources.version();

        return publish("upload", sources, version, started, () -> {
            folders.write(sources);
            // The watcher is about to see these writes; they are what is about to serve, so nothing is rebuilt.
            lastSeen = version;
        });
    }

    /** The files of the serving release: published releases always keep theirs, the newest first. */
    private ReleaseSources servingSources() {
        String version = current.get().version();
        return kept.find(version)
                .orElseThrow(() -> new IllegalStateException("the serving release " + version + " is not kept"));
    }

    private ReleaseAttempt failed(String trigger, String version, long started, ReleaseException e) {
        ReleaseAttempt attempt = attempt(trigger, version, Outcome.FAILED, started, e.problems());
        history.record(attempt);
        Release serving = current.get();
        if (serving == null) {
            ReleaseLog.nothingToServe(attempt, config.knowledgeDir(), config.rulesDir());
        } else {
            ReleaseLog.failed(attempt, serving);
        }
        return attempt;
    }

    private ReleaseAttempt record(String trigger, String version, Outcome outcome, long started) {
        ReleaseAttempt attempt = attempt(trigger, version, outcome, started, List.of());
        history.record(attempt);
        ReleaseLog.succeeded(attempt, current.get());
        return attempt;
    }

    private static ReleaseAttempt attempt(
            String trigger, String version, Outcome outcome, long started, List<ReleaseProblem> problems) {
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new ReleaseAttempt(Clock.systemUTC().instant(), trigger, version, outcome, millis, problems);
    }
}
