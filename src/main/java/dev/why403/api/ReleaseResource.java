package dev.why403.api;

import dev.why403.knowledge.Knowledge;
import dev.why403.release.CurrentRelease;
import dev.why403.release.KeptReleases;
import dev.why403.release.ProposedFiles;
import dev.why403.release.Release;
import dev.why403.release.ReleaseAttempt;
import dev.why403.release.ReleaseProblem;
import dev.why403.release.Trial;
import dev.why403.session.InvalidInputException;
import dev.why403.session.SessionReplay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For knowledge authors and operators: which release serves, what became of the latest edits, and a way back to an
 * earlier release. Admins only: the problems name files and lines of the knowledge, and a rollback changes answers.
 */
@Path("/api/admin/releases")
@RolesAllowed(ReleaseResource.ADMIN)
@Tag(name = "Releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    /** The role that may read release status and roll back. */
    static final String ADMIN = "admin";

    /** A replay diagnoses this many of the latest sessions when not told otherwise, and never more than the most. */
    static final int REPLAY_DEFAULT = 200;

    static final int REPLAY_MOST = 2000;

    private final CurrentRelease releases;
    private final SessionReplay replays;

    public ReleaseResource(CurrentRelease releases, SessionReplay replays) {
        this.releases = releases;
        this.replays = replays;
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
            return Problem.response(new Problem(
                    "about:blank",
                    "Rollback failed",
                    409,
                    "release " + version + " no longer passes its checks; the serving release is unchanged",
                    null,
                    ReleaseJson.locations(attempt.problems())));
        }
        return Response.ok(attempt).build();
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Dry run: build and check the serving release's files with these changes (null deletes a file);"
                    + " 200 with valid true or false, the would-be version, counts and every problem")
    public ReleaseJson.Validation validate(ReleaseJson.FilesInput input) {
        Trial trial = releases.trial(proposed(input));
        return ReleaseJson.Validation.of(trial, releases.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish the serving release's files with these changes and write them to the folders;"
                    + " 422 with every problem when they do not pass, and the serving release stays")
    public Response publish(ReleaseJson.FilesInput input) {
        ReleaseAttempt attempt = releases.publish(proposed(input));
        if (attempt.failed()) {
            return unprocessable("Release refused", "the files were neither published nor written", attempt.problems());
        }
        return Response.ok(attempt).build();
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Diagnose the latest stored sessions (default 200, at most 2000) on the serving release and"
                    + " on these files, and list the sessions whose top cause or next question would change")
    public Response replay(ReleaseJson.FilesInput input, @QueryParam("latest") Integer latest) {
        int count = replayCount(latest);
        Trial trial = releases.trial(proposed(input));
        if (!trial.valid()) {
            return unprocessable("Release refused", "the files do not build; nothing was replayed", trial.problems());
        }
        Release serving = releases.get();
        SessionReplay.Result result = replays.replay(serving, trial.release().orElseThrow(), count);
        return Response.ok(ReleaseJson.Replay.of(trial.version(), serving.version(), result))
                .build();
    }

    private static ProposedFiles proposed(ReleaseJson.FilesInput input) {
        return ProposedFiles.of(input == null ? null : input.files());
    }

    private static int replayCount(Integer latest) {
        if (latest == null) {
            return REPLAY_DEFAULT;
        }
        if (latest < 1 || latest > REPLAY_MOST) {
            throw new InvalidInputException("/latest", "latest must be between 1 and " + REPLAY_MOST);
        }
        return latest;
    }

    private static Response unprocessable(String title, String detail, List<ReleaseProblem> problems) {
        String summary = problems.size() + " problem(s); " + detail;
        return Problem.response(new Problem("about:blank", title, 422, summary, null, ReleaseJson.locations(problems)));
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
