package dev.why403.release;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Watches the knowledge and rule folders and reloads the release when they change. The JDK's WatchService reports
 * changes as they happen (inotify on Linux); it watches single folders, so every folder below the roots is
 * registered, again on each change since new folders appear. Events are debounced: a reload starts once the folders
 * have been quiet for the debounce time. A slow periodic re-read by content hash catches what a file system failed
 * to report; unchanged files cost a read and a hash, never a build.
 */
@ApplicationScoped
public class ReleaseWatcher {

    private static final Logger LOG = Logger.getLogger(ReleaseWatcher.class);

    private final Why403Config config;
    private final CurrentRelease releases;

    private ScheduledExecutorService reloads;
    private volatile WatchService watchService;
    private ScheduledFuture<?> pending;

    public ReleaseWatcher(Why403Config config, CurrentRelease releases) {
        this.config = config;
        this.releases = releases;
    }

    void start(@Observes StartupEvent event) {
        if (!config.reload().enabled()) {
            LOG.info("Live reload of knowledge and rules is off (why403.reload.enabled=false)");
            return;
        }
        reloads = Executors.newSingleThreadScheduledExecutor(daemon("why403-reload"));
        scheduleRescans(config.reload().rescan());
        if (!config.reload().watchEvents()) {
            LOG.infof(
                    "File change events are off (why403.reload.watch-events=false); %s and %s are rescanned every"
                            + " %d ms",
                    config.knowledgeDir(),
                    config.rulesDir(),
                    config.reload().rescan().toMillis());
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            // For example when the system's limit of inotify instances is reached: rescans still see every edit.
            LOG.warnf("Cannot watch for changes (%s); edits are seen by the rescans only", e.getMessage());
            return;
        }
        registerFolders();
        daemon("why403-watch").newThread(this::watch).start();
        LOG.infof(
                "Watching %s and %s for changes (debounce %d ms)",
                config.knowledgeDir(),
                config.rulesDir(),
                config.reload().debounce().toMillis());
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (reloads != null) {
            reloads.shutdownNow();
        }
        if (watchService != null) {
            watchService.close();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                key.pollEvents();
                key.reset();
                changed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // The service is shutting down.
        }
    }

    /** Starts the debounce time again: the reload runs once the folders have been quiet for that long. */
    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloads.schedule(
                () -> reload("file change"), config.reload().debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scheduleRescans(Duration every) {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        reloads.scheduleWithFixedDelay(
                () -> reload("rescan"), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload(String trigger) {
        try {
            registerFolders();
            releases.reload(trigger);
        } catch (RuntimeException e) {
            // A reload must never stop the reload thread: the next change has to be picked up.
            LOG.error("Reload failed unexpectedly; the current release keeps serving", e);
        }
    }

    /** Registers every folder below both roots; registering a folder twice is harmless. */
    private void registerFolders() {
        if (watchService == null) {
            return;
        }
        for (Path root : List.of(config.knowledgeDir(), config.rulesDir())) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(Files::isDirectory).forEach(this::register);
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debugf("Cannot walk %s to watch it: %s", root, e.getMessage());
            }
        }
    }

    private void register(Path folder) {
        try {
            folder.register(
                    watchService,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            LOG.debugf("Cannot watch %s: %s", folder, e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
