package dev.why403.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Filters in front of the API (the web forms' CSRF check among them) refuse some requests with an empty 400, for
 * example a POST sent as a form. API clients get a problem+json body that says what to send instead.
 */
public class BareRefusals {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        boolean api = request.getUriInfo().getPath().startsWith("/api");
        if (api && response.getStatus() == 400 && !response.hasEntity()) {
            Problem problem = new Problem(
                    "about:blank",
                    "Bad request",
                    400,
                    "the request was refused before it reached why403's API: send JSON with"
                            + " 'Content-Type: application/json' (forms are accepted only from why403's own pages)",
                    null,
                    null);
            response.setEntity(problem, null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
