package dev.why403.web;

import dev.why403.release.CurrentRelease;
import dev.why403.session.InvalidInputException;
import dev.why403.session.NoteService;
import dev.why403.session.SessionNotFoundException;
import dev.why403.session.SessionSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The agent console: the list of sessions, one session as a case with its notes, and the case as a download. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ConsoleResource.AGENT, ConsoleResource.ADMIN})
public class ConsoleResource {

    static final String AGENT = "agent";
    static final String ADMIN = "admin";

    private final SessionSearch search;
    private final ConsoleCases cases;
    private final NoteService notes;
    private final CurrentRelease releases;
    private final SecurityIdentity identity;

    public ConsoleResource(
            SessionSearch search,
            ConsoleCases cases,
            NoteService notes,
            CurrentRelease releases,
            SecurityIdentity identity) {
        this.search = search;
        this.cases = cases;
        this.notes = notes;
        this.releases = releases;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ConsoleList page);

        static native TemplateInstance session(ConsoleCase page, String noteError);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cause") String cause,
            @QueryParam("vendor") String vendor,
            @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page) {
        ConsoleFilterForm form = new ConsoleFilterForm(from, to, cause, vendor, state, page);
        SessionSearch.Result found = search.find(form.toFilter());
        return Templates.list(
                new ConsoleList(form, found, releases.get().knowledge().causes()));
    }

    @GET
    @Path("/sessions/{id}")
    public TemplateInstance session(@PathParam("id") String id) {
        return Templates.session(cases.read(id), null);
    }

    @POST
    @Path("/sessions/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") String id, @RestForm String text) {
        try {
            notes.add(id, identity.getPrincipal().getName(), text);
        } catch (InvalidInputException e) {
            return Response.status(400)
                    .entity(Templates.session(cases.read(id), e.getMessage()))
                    .build();
        }
        return Response.seeOther(URI.create(Links.console(id) + "#notes")).build();
    }

    @GET
    @Path("/sessions/{id: [0-9A-Za-z-]+}.md")
    @Produces("text/markdown; charset=utf-8")
    public Response markdown(@PathParam("id") String id) {
        return download(id, "md", CaseMarkdown.of(cases.read(id)));
    }

    @GET
    @Path("/sessions/{id: [0-9A-Za-z-]+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id) {
        return download(id, "json", CaseExport.of(cases.read(id)));
    }

    private static Response download(String id, String extension, Object body) {
        String name = "why403-" + id + "." + extension;
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFoundException e) {
        return ErrorPages.page(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response badFilter(BadRequestException e) {
        return ErrorPages.page(400, "Check the filter", e.getMessage());
    }
}
