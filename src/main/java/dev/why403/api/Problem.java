package dev.why403.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem: what went wrong, in words, and where ({@code field} or the files' problems). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, List<Location> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String title, String detail, String field) {
        return response(new Problem("about:blank", title, status, detail, field, null));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }

    /** One problem in a file, for knowledge and rule errors. */
    public record Location(String file, int line, int column, String message) {}
}
