package dev.why403.web;

import dev.why403.release.CurrentRelease;
import dev.why403.session.SessionNotFoundException;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The diagnosis of a session as a page that can be bookmarked, shared and printed; open before the last question. */
@Path("/sessions/{id}/result")
@Produces(MediaType.TEXT_HTML)
public class ResultResource {

    private final SessionService sessions;
    private final CurrentRelease releases;

    public ResultResource(SessionService sessions, CurrentRelease releases) {
        this.sessions = sessions;
        this.releases = releases;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(ResultPage page);
    }

    @GET
    public TemplateInstance result(@PathParam("id") String id, UriInfo uri) {
        SessionView view = sessions.get(id);
        List<EarlierAnswer> answers = view.answers().stream()
                .map(answer -> EarlierAnswer.of(id, answer, releases.get().knowledge()))
                .toList();
        String link = uri.getBaseUri().resolve(Links.result(id)).toString();
        return Templates.result(ResultPage.of(view, answers, link));
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFoundException e) {
        return ErrorPages.page(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ErrorPages.unexpected(e);
    }
}
