package dev.why403.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.why403.knowledge.JacksonMessages;
import dev.why403.release.ReleaseNotKeptException;
import dev.why403.rules.RuleLoopException;
import dev.why403.session.InputTooLargeException;
import dev.why403.session.InvalidInputException;
import dev.why403.session.ProbeRefusedException;
import dev.why403.session.RateLimitedException;
import dev.why403.session.SessionConflictException;
import dev.why403.session.SessionNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into a problem+json answer; only a fault of why403 itself is a 500, and it is logged. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response tooLarge(InputTooLargeException e) {
        return Problem.response(413, "Input too large", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return Problem.response(400, "Invalid input", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response probeRefused(ProbeRefusedException e) {
        String detail = e.getMessage() + " (loopback and private networks are probed only where"
                + " why403.probe.allow-private-networks is true; cloud metadata services never)";
        return Problem.response(422, "Target refused", detail, e.field());
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        Response problem = Problem.response(429, "Too many probe runs", e.getMessage(), null);
        return Response.fromResponse(problem)
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFoundException e) {
        return Problem.response(404, "Session not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notKept(ReleaseNotKeptException e) {
        return Problem.response(404, "Release not kept", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(SessionConflictException e) {
        return Problem.response(409, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return Problem.response(
                409,
                "Changed meanwhile",
                "the session was changed by another request; read it" + " again and retry",
                null);
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonParseException.class, JsonProcessingException.class})
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(400, "Malformed JSON", plainMessage(e), pointer(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        return Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null);
    }

    /** A fault of the serving release's rules, not of the request: said as such, and logged for the authors. */
    @ServerExceptionMapper
    public Response rulesLoop(RuleLoopException e) {
        LOG.errorf("The serving release's rules loop on a request's facts: %s", e.getMessage());
        return Problem.response(
                500,
                "The rules loop",
                e.getMessage() + "; the knowledge authors have to fix the rule (it is in the log)",
                null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        LOG.error("Unexpected failure while answering a request", e);
        return Problem.response(500, "Internal error", "why403 failed on this request; the log has the cause", null);
    }

    private static String plainMessage(JsonProcessingException e) {
        String line = JacksonMessages.plain(e.getOriginalMessage());
        if (e.getLocation() != null) {
            line += " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return line;
    }

    private static String pointer(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
    }
}
