package dev.why403.api;

import dev.why403.knowledge.Knowledge;
import dev.why403.release.CurrentRelease;
import dev.why403.release.Release;
import dev.why403.release.ReleaseAttempt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For knowledge authors and operators: which release serves, and what became of the latest edits. */
@Path("/api/admin/releases")
@Tag(name = "Releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    private final CurrentRelease releases;

    public ReleaseResource(CurrentRelease releases) {
        this.releases = releases;
    }

    @GET
    @Operation(
            summary = "The serving release, the last reload attempt with its problems (file, line, column),"
                    + " and the recent attempts, newest first")
    public Status status() {
        List<ReleaseAttempt> history = releases.history().recent();
        return new Status(current(releases.get()), history.stream().findFirst(), history);
    }

    private static Current current(Release release) {
        Knowledge knowledge = release.knowledge();
        return new Current(
                release.version(),
                release.builtAt().toString(),
                knowledge.causes().size(),
                knowledge.fixes().size(),
                knowledge.questions().size(),
                knowledge.facts().size(),
                knowledge.signatures().size(),
                knowledge.scenarios().size(),
                release.rules().ruleCount());
    }

    /** What the release endpoint answers. */
    public record Status(Current current, Optional<ReleaseAttempt> lastAttempt, List<ReleaseAttempt> history) {}

    /** The serving release and how much it holds. */
    public record Current(
            String version,
            String builtAt,
            int causes,
            int fixes,
            int questions,
            int facts,
            int signatures,
            int scenarios,
            int rules) {}
}
