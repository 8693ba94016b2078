package dev.why403.web;

import dev.why403.release.CurrentRelease;
import dev.why403.release.Release;
import dev.why403.release.ReleaseAttempt;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * For knowledge authors: which release serves and what became of their latest edits, with each problem's file, line
 * and column. Behind the admin role, like the release API, since the problems quote the knowledge's files.
 */
@Path("/knowledge/releases")
@RolesAllowed({"author", "admin"})
@Produces(MediaType.TEXT_HTML)
public class ReleasesPageResource {

    private final CurrentRelease releases;

    public ReleasesPageResource(CurrentRelease releases) {
        this.releases = releases;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance releases(Release current, List<ReleaseAttempt> attempts);
    }

    @GET
    public TemplateInstance releases() {
        return Templates.releases(releases.get(), releases.history().recent());
    }
}
