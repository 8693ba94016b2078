package dev.why403.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An HTML page for a request the web pages cannot serve, with a way back to the start. */
final class ErrorPages {

    private ErrorPages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    static Response page(int status, String title, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(title, message))
                .build();
    }
}
