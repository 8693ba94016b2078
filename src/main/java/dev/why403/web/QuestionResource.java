package dev.why403.web;

import dev.why403.knowledge.Knowledge;
import dev.why403.release.CurrentRelease;
import dev.why403.session.InvalidInputException;
import dev.why403.session.SessionConflictException;
import dev.why403.session.SessionNotFoundException;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The question page: one question at a time, going back, and changing an earlier answer. */
@Path("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuestionResource {

    static final String NO_CHOICE = "Choose one of the answers, or \"I don't know\".";

    private final SessionService sessions;
    private final CurrentRelease releases;

    public QuestionResource(SessionService sessions, CurrentRelease releases) {
        this.sessions = sessions;
        this.releases = releases;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance change(ChangePage page);
    }

    @GET
    public TemplateInstance question(@PathParam("id") String id) {
        return Templates.question(QuestionPage.of(sessions.get(id), knowledge(), ""));
    }

    /**
     * Records an answer and moves on. A question answered already (the browser's back button, a second click) takes
     * the new answer as a change, so what the page showed is what counts.
     */
    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @RestForm String question, @RestForm String answer) {
        SessionView before = sessions.get(id);
        if (question == null || question.isBlank()) {
            throw new InvalidInputException("/question", "the form did not say which question it answers");
        }
        if (answer == null || answer.isBlank()) {
            QuestionPage page = QuestionPage.of(before, knowledge(), NO_CHOICE);
            return Response.status(400).entity(Templates.question(page)).build();
        }
        boolean answered =
                before.answers().stream().anyMatch(given -> given.question().equals(question));
        SessionView after = answered ? sessions.change(id, question, answer) : sessions.answer(id, question, answer);
        String next = after.diagnosis().nextQuestion().isPresent() ? Links.session(id) : Links.result(id);
        return redirect(next);
    }

    @POST
    @Path("back")
    public Response back(@PathParam("id") String id) {
        try {
            sessions.undo(id);
        } catch (SessionConflictException e) {
            // nothing answered yet: going back lands on the first question, which is where the user already is
        }
        return redirect(Links.session(id));
    }

    @GET
    @Path("answers/{question}")
    public TemplateInstance changeForm(@PathParam("id") String id, @PathParam("question") String question) {
        return Templates.change(ChangePage.of(sessions.get(id), knowledge(), question, ""));
    }

    @POST
    @Path("answers/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(
            @PathParam("id") String id, @PathParam("question") String question, @RestForm String answer) {
        if (answer == null || answer.isBlank()) {
            ChangePage page = ChangePage.of(sessions.get(id), knowledge(), question, "Choose one of the answers.");
            return Response.status(400).entity(Templates.change(page)).build();
        }
        sessions.change(id, question, answer);
        return redirect(Links.session(id));
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFoundException e) {
        return ErrorPages.page(404, "Not found", e.getMessage());
    }

    /** Only a hand-made request sends an answer the page did not offer, or changes a question never answered. */
    @ServerExceptionMapper({InvalidInputException.class, SessionConflictException.class})
    public Response refused(RuntimeException e) {
        int status = e instanceof SessionConflictException ? 409 : 400;
        return ErrorPages.page(status, "This answer cannot be used", e.getMessage());
    }

    private Knowledge knowledge() {
        return releases.get().knowledge();
    }

    private static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ErrorPages.unexpected(e);
    }
}
