package dev.why403.api;

import dev.why403.release.CurrentRelease;
import dev.why403.release.ProposedFiles;
import dev.why403.release.Release;
import dev.why403.release.ReleaseAttempt;
import dev.why403.release.ReleaseProblem;
import dev.why403.release.Trial;
import dev.why403.session.InvalidInputException;
import dev.why403.session.SessionReplay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For knowledge authors who send files instead of editing them on the server: try them, publish them, or see whose
 * diagnosis they would change. The files change the serving release's own; a null text deletes a file.
 */
@Path("/api/admin/releases")
@RolesAllowed({ReleaseResource.AUTHOR, ReleaseResource.ADMIN})
@Tag(name = "Releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReleaseUploadResource {

    /** A replay diagnoses this many of the latest sessions when not told otherwise, and never more than the most. */
    static final int REPLAY_DEFAULT = 200;

    static final int REPLAY_MOST = 2000;

    private final CurrentRelease releases;
    private final SessionReplay replays;

    public ReleaseUploadResource(CurrentRelease releases, SessionReplay replays) {
        this.releases = releases;
        this.replays = replays;
    }

    @POST
    @Path("/validate")
    @Operation(
            summary = "Dry run: build and check the serving release's files with these changes; 200 with valid true"
                    + " or false, the would-be version, counts and every problem (file, line, column, message)")
    public ReleaseJson.Validation validate(ReleaseJson.FilesInput input) {
        Trial trial = releases.trial(proposed(input));
        return ReleaseJson.Validation.of(trial, releases.get());
    }

    @POST
    @Operation(
            summary = "Publish the serving release's files with these changes and write them to the folders;"
                    + " 422 with every problem when they do not pass, and the serving release stays")
    public Response publish(ReleaseJson.FilesInput input) {
        ReleaseAttempt attempt = releases.publish(proposed(input));
        if (attempt.failed()) {
            return unprocessable("the files were neither published nor written", attempt.problems());
        }
        return Response.ok(attempt).build();
    }

    @POST
    @Path("/replay")
    @Operation(
            summary = "Diagnose the latest stored sessions (default 200, at most 2000) on the serving release and"
                    + " on these files; list the sessions whose top cause or next question would change")
    public Response replay(ReleaseJson.FilesInput input, @QueryParam("latest") Integer latest) {
        int count = replayCount(latest);
        Trial trial = releases.trial(proposed(input));
        if (!trial.valid()) {
            return unprocessable("the files do not pass their checks; nothing was replayed", trial.problems());
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

    private static Response unprocessable(String detail, List<ReleaseProblem> problems) {
        String summary = problems.size() + " problem(s); " + detail;
        return Problem.response(
                new Problem("about:blank", "Release refused", 422, summary, null, ReleaseJson.locations(problems)));
    }
}
