package dev.why403.api;

import dev.why403.release.ProposalException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Proposed release files that cannot be considered: a bad path is a 400, too much text a 413. */
public class ProposalMappers {

    @ServerExceptionMapper
    public Response tooLarge(ProposalException.TooLarge e) {
        return Problem.response(413, "Files too large", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalid(ProposalException e) {
        return Problem.response(400, "Invalid files", e.getMessage(), e.field());
    }
}
