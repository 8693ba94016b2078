package dev.why403.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals of the role checks. API clients get them as problem+json like every other refusal; pages keep the bare
 * answer, whose basic-auth challenge makes a browser ask for a login. A wrong password is refused before any
 * resource is reached, by Quarkus itself, with the bare challenge.
 */
public class AuthProblems {

    static final String CHALLENGE = "Basic realm=\"Quarkus\"";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (!isApi(uri)) {
            return Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build();
        }
        Response problem = Problem.response(
                401,
                "Login required",
                "this call needs a login (HTTP basic); the release API takes users with the author or admin role",
                null);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (!isApi(uri)) {
            return Response.status(403).build();
        }
        return Problem.response(
                403, "Not allowed", "your user has no role that may make this call (see the README on roles)", null);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
