package dev.why403.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the service reads its knowledge and rules, and how it reloads them. Relative paths start from the working
 * directory.
 */
@ConfigMapping(prefix = "why403")
public interface Why403Config {

    /** The folder of knowledge topic folders; default {@code knowledge}, the repository's own. */
    @WithDefault("knowledge")
    Path knowledgeDir();

    /** The folder of DRL files; default {@code rules}, the repository's own. */
    @WithDefault("rules")
    Path rulesDir();

    /** Live reloading of the knowledge and rule folders while the service runs. */
    Reload reload();

    /** How edits on disk reach the running service. */
    interface Reload {

        /** Whether the folders are watched and rebuilt on change; default {@code true}. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Whether change events of the file system start reloads; default {@code true}. Turn it off where the
         * folders are on a mount that reports no events (some network and container volumes): the rescans then see
         * every edit, {@code rescan} apart.
         */
        @WithDefault("true")
        boolean watchEvents();

        /**
         * How long the folders must stay quiet after a change before a rebuild starts, so that a save touching
         * several files, or an editor writing a file in steps, costs one build; default {@code 300ms}.
         */
        @WithDefault("300ms")
        Duration debounce();

        /**
         * How often the files are re-read and compared by content hash, in case the file system missed an event
         * (network or container mounts may not report changes); nothing is built when the hash is unchanged.
         * Default {@code 30s}; {@code 0s} turns it off.
         */
        @WithDefault("30s")
        Duration rescan();

        /**
         * How long building and checking one release may take before it is stopped and refused, so that a rule whose
         * action never returns cannot hold reloads and uploads; default {@code 120s} (10,000 rules build in about
         * 10 s from a cold start).
         */
        @WithDefault("120s")
        Duration buildTimeout();

        /** How many release attempts {@code GET /api/admin/releases} keeps and lists; default {@code 20}. */
        @WithDefault("20")
        int historySize();

        /**
         * How many published releases keep their files in memory, so that an admin can publish one of them again
         * ({@code POST /api/admin/releases/{version}/rollback}); default {@code 5}.
         */
        @WithDefault("5")
        int keep();
    }
}
