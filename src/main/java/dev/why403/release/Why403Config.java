package dev.why403.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the service reads its knowledge and rules. Relative paths start from the working directory. */
@ConfigMapping(prefix = "why403")
public interface Why403Config {

    /** The folder of knowledge topic folders; default {@code knowledge}, the repository's own. */
    @WithDefault("knowledge")
    Path knowledgeDir();

    /** The folder of DRL files; default {@code rules}, the repository's own. */
    @WithDefault("rules")
    Path rulesDir();
}
