package dev.why403.api;

import dev.why403.knowledge.Knowledge;
import dev.why403.release.CurrentRelease;
import dev.why403.release.KeptReleases;
import dev.why403.release.Release;
import dev.why403.release.ReleaseAttempt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For knowledge authors and operators: which release serves, what became of the latest edits, and a way back to an
 * earlier release. Authors and admins only: the problems name files and lines of the knowledge, and a rollback
 * changes answers.
 */
@Path("/api/admin/releases")
@RolesAllowed({ReleaseResource.AUTHOR, ReleaseResource.ADMIN})
@Tag(name = "Releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    /** Knowledge authors: may read release status, roll back, and validate, publish and replay files. */
    public static final String AUTHOR = "author";

    /** Operators, who may do all an author does. */
    public static final String ADMIN = "admin";

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
        return new Status(
                current(releases.get()),
                history.stream().findFirst(),
                history,
                releases.kept().list());
    }

    @POST
    @Path("/{version}/rollback")
    @Operation(summary = "Publish a kept earlier release again; the files on disk stay as they are until edited")
    public Response rollback(@PathParam("version") String version) {
        ReleaseAttempt attempt = releases.rollback(version);
        if (attempt.failed()) {
            List<Problem.Location> problems = attempt.problems().stream()
                    .map(problem ->
                            new Problem.Location(problem.file(), problem.line(), problem.column(), problem.message()))
                    .toList();
            return Problem.response(new Problem(
                    "about:blank",
                    "Rollback failed",
                    409,
                    "release " + version + " no longer passes its checks; the serving release is unchanged",
                    null,
                    problems));
        }
        return Response.ok(attempt).build();
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
    public record Status(
            Current current,
            Optional<ReleaseAttempt> lastAttempt,
            List<ReleaseAttempt> history,
            List<KeptReleases.Summary> kept) {}

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
