package dev.why403.release;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.rules.RuleFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Holds the release the service answers with; a new release replaces it whole. */
@Startup
@ApplicationScoped
public class CurrentRelease {

    private static final Logger LOG = Logger.getLogger(CurrentRelease.class);

    private final Why403Config config;
    private final AtomicReference<Release> current = new AtomicReference<>();

    public CurrentRelease(Why403Config config) {
        this.config = config;
        current.set(load());
    }

    public Release get() {
        return current.get();
    }

    private Release load() {
        long started = System.nanoTime();
        ReleaseBuilder builder = new ReleaseBuilder(Release.class.getClassLoader(), Clock.systemUTC());
        try {
            Release release =
                    builder.build(KnowledgeFiles.read(config.knowledgeDir()), RuleFiles.read(config.rulesDir()));
            warmUp(release);
            LOG.infof(
                    "Release %s loaded from %s and %s: %d causes, %d rules, %d signatures in %d ms",
                    release.version(),
                    config.knowledgeDir(),
                    config.rulesDir(),
                    release.knowledge().causes().size(),
                    release.rules().ruleCount(),
                    release.knowledge().signatures().size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return release;
        } catch (ReleaseException e) {
            LOG.errorf(
                    "No release could be built from %s and %s: %s",
                    config.knowledgeDir(), config.rulesDir(), e.getMessage());
            throw e;
        }
    }

    /** The first evaluation on a new rule base is slow; pay for it before anyone waits on it. */
    private static void warmUp(Release release) {
        release.diagnoser().rank(java.util.List.of());
    }
}
