package dev.why403.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form whose token does not match its cookie with an empty 400. A person sees that after
 * the cookie expired or when cookies are blocked, so the web forms get a page that says what to do instead.
 */
public class RefusedFormPage {

    static final String MESSAGE = "the form had expired or your browser did not send its cookie, so it was not"
            + " accepted. Go back, reload the page and send it again; why403 needs one cookie to protect its forms.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && webForm(request)) {
            String page = ErrorPages.Templates.error("The form was not accepted", MESSAGE)
                    .render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private static boolean webForm(ContainerRequestContext request) {
        boolean form = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType());
        boolean api = request.getUriInfo().getPath().startsWith("/api");
        return HttpMethod.POST.equals(request.getMethod()) && form && !api;
    }
}
