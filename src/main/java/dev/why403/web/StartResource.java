package dev.why403.web;

import dev.why403.release.CurrentRelease;
import dev.why403.session.InputTooLargeException;
import dev.why403.session.InvalidInputException;
import dev.why403.session.ProbeInput;
import dev.why403.session.ProbeRateLimiter;
import dev.why403.session.ProbeRefusedException;
import dev.why403.session.ProbeService;
import dev.why403.session.RateLimitedException;
import dev.why403.session.SessionInput;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The start page and its three ways in: answer questions, paste the response that was refused, or give the URL for
 * why403 to probe (limited per client address, as the API is).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    private static final Logger LOG = Logger.getLogger(StartResource.class);

    private final SessionService sessions;
    private final CurrentRelease releases;
    private final ProbeService probes;
    private final ProbeRateLimiter rateLimiter;

    public StartResource(
            SessionService sessions, CurrentRelease releases, ProbeService probes, ProbeRateLimiter rateLimiter) {
        this.sessions = sessions;
        this.releases = releases;
        this.probes = probes;
        this.rateLimiter = rateLimiter;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(StartPage page);
    }

    @GET
    public TemplateInstance start() {
        return Templates.start(StartPage.blank(releases.get().knowledge()));
    }

    /** Starts a session from the questions button (no fields) or from the paste form, then redirects to it. */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String way,
            @RestForm String response,
            @RestForm String method,
            @RestForm String url,
            @RestForm String credentials,
            @RestForm String probeUrl,
            @Context HttpServerRequest client) {
        if ("probe".equals(way)) {
            return probe(probeUrl, client);
        }
        PasteForm form = new PasteForm(response, method, url, credentials);
        boolean pasted = "paste".equals(way);
        try {
            SessionView view = sessions.create(pasted ? form.input() : new SessionInput(null, null, null));
            LOG.debugf("Web session %s started (%s)", view.id(), pasted ? "paste" : "questions");
            return Response.seeOther(URI.create(pasted ? Links.result(view.id()) : Links.session(view.id())))
                    .build();
        } catch (InvalidInputException e) {
            int status = e instanceof InputTooLargeException ? 413 : 400;
            StartPage page = StartPage.withError(releases.get().knowledge(), form, FormError.of(e));
            return Response.status(status).entity(Templates.start(page)).build();
        }
    }

    /** Probes the URL and shows the diagnosis; a refused or malformed URL comes back on the form with the reason. */
    private Response probe(String probeUrl, HttpServerRequest client) {
        try {
            rateLimiter.acquire(
                    client.remoteAddress() == null
                            ? "unknown"
                            : client.remoteAddress().hostAddress());
            SessionView view = probes.start(new SessionInput(null, null, null, new ProbeInput(probeUrl, "GET", null)));
            LOG.debugf("Web session %s started (probe)", view.id());
            return Response.seeOther(URI.create(Links.result(view.id()))).build();
        } catch (InvalidInputException e) {
            return probeError(400, probeUrl, e.getMessage());
        } catch (ProbeRefusedException e) {
            return probeError(422, probeUrl, "why403 may not probe this address: " + e.getMessage());
        } catch (RateLimitedException e) {
            return probeError(429, probeUrl, e.getMessage());
        }
    }

    private Response probeError(int status, String probeUrl, String message) {
        FormError error = new FormError("probeUrl", message);
        StartPage page = StartPage.withProbeError(releases.get().knowledge(), probeUrl, error);
        return Response.status(status).entity(Templates.start(page)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ErrorPages.unexpected(e);
    }
}
