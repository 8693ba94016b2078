package dev.why403.api;

import dev.why403.release.CurrentRelease;
import dev.why403.session.InvalidInputException;
import dev.why403.session.ProbeInput;
import dev.why403.session.ProbeRateLimiter;
import dev.why403.session.ProbeService;
import dev.why403.session.SessionInput;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Diagnosis sessions: start one from a request, a pasted response and facts, then answer questions. */
@Path("/api/sessions")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final CurrentRelease releases;
    private final ProbeService probes;
    private final ProbeRateLimiter rateLimiter;

    public SessionResource(
            SessionService sessions, CurrentRelease releases, ProbeService probes, ProbeRateLimiter rateLimiter) {
        this.sessions = sessions;
        this.releases = releases;
        this.probes = probes;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Operation(
            summary = "Start a session from the request, the pasted response and known facts (all optional);"
                    + " with probe {url, method, headers}, why403 first probes the URL itself")
    public Response create(SessionInput input, UriInfo uri, @Context HttpServerRequest client) {
        SessionInput given = input == null ? new SessionInput(null, null, null) : input;
        if (given.probe() != null) {
            rateLimiter.acquire(address(client));
        }
        SessionJson session = json(given.probe() == null ? sessions.create(given) : probes.start(given));
        return Response.created(uri.getAbsolutePathBuilder().path(session.id()).build())
                .entity(session)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The session: facts with their sources, answers, the next question and the diagnosis")
    public SessionJson get(@PathParam("id") String id) {
        return json(sessions.get(id));
    }

    @POST
    @Path("/{id}/probes")
    @Operation(
            summary = "Probe the failing URL: {url, method, headers}. Headers serve this run only and are never"
                    + " stored; the redacted results replace the session's earlier ones")
    public SessionJson probe(@PathParam("id") String id, ProbeInput input, @Context HttpServerRequest client) {
        rateLimiter.acquire(address(client));
        return json(probes.probe(id, input));
    }

    @POST
    @Path("/{id}/answers")
    @Operation(summary = "Answer a question")
    public SessionJson answer(@PathParam("id") String id, AnswerInput answer) {
        AnswerInput given = required(answer);
        if (given.question() == null) {
            throw new InvalidInputException("/question", "name the question being answered");
        }
        return json(sessions.answer(id, given.question(), given.answer()));
    }

    @PUT
    @Path("/{id}/answers/{question}")
    @Operation(summary = "Change an earlier answer; later answers that no longer apply drop out")
    public SessionJson change(@PathParam("id") String id, @PathParam("question") String question, AnswerInput answer) {
        return json(sessions.change(id, question, required(answer).answer()));
    }

    @DELETE
    @Path("/{id}/answers/last")
    @Operation(summary = "Undo the last answer")
    public SessionJson undo(@PathParam("id") String id) {
        return json(sessions.undo(id));
    }

    private static AnswerInput required(AnswerInput answer) {
        if (answer == null || answer.answer() == null) {
            throw new InvalidInputException("/answer", "send the answer as JSON: {\"question\": ..., \"answer\": ...}");
        }
        return answer;
    }

    private static String address(HttpServerRequest client) {
        var remote = client.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    private SessionJson json(SessionView view) {
        return SessionJson.of(view, releases.get().knowledge());
    }

    /** An answer to a question; {@code question} may be left out when the path names it. */
    public record AnswerInput(String question, String answer) {}
}
