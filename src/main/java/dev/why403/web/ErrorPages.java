package dev.why403.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/** An HTML page for a request the web pages cannot serve, with a way back to the start. */
final class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private ErrorPages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    /** A fault of why403 itself: logged for the operator, and a page that says to try again for the user. */
    static Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure while serving a web page", e);
        return page(500, "Something went wrong", "why403 failed on this request; reload the page to try again");
    }

    static Response page(int status, String title, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(title, message))
                .build();
    }
}
