package dev.why403.web;

import dev.why403.release.CurrentRelease;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page listing the causes, fixes, guide steps and FAQ of the current release, to read without a diagnosis. */
@Path("/knowledge")
@Produces(MediaType.TEXT_HTML)
public class KnowledgePageResource {

    private final CurrentRelease releases;

    public KnowledgePageResource(CurrentRelease releases) {
        this.releases = releases;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance knowledge(KnowledgePage page, String release);
    }

    @GET
    public TemplateInstance knowledge() {
        var release = releases.get();
        return Templates.knowledge(KnowledgePage.of(release.knowledge()), release.version());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ErrorPages.unexpected(e);
    }
}
