package dev.why403.api;

import dev.why403.release.CurrentRelease;
import dev.why403.session.InvalidInputException;
import dev.why403.session.SessionInput;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    public SessionResource(SessionService sessions, CurrentRelease releases) {
        this.sessions = sessions;
        this.releases = releases;
    }

    @POST
    @Operation(summary = "Start a session from the request, the pasted response and known facts (all optional)")
    public Response create(SessionInput input, UriInfo uri) {
        SessionInput given = input == null ? new SessionInput(null, null, null) : input;
        SessionJson session = json(sessions.create(given));
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

    private SessionJson json(SessionView view) {
        return SessionJson.of(view, releases.get().knowledge());
    }

    /** An answer to a question; {@code question} may be left out when the path names it. */
    public record AnswerInput(String question, String answer) {}
}
