package dev.why403.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.why403.bench.ShippedInputs;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of POST /api/sessions used under load: the first shared case's request, pasted response and context. */
public final class SessionBody {

    private SessionBody() {}

    /** Prints the body, for the scripts. */
    public static void main(String[] args) throws IOException {
        System.out.println(json());
    }

    @SuppressWarnings("unchecked")
    static String json() throws IOException {
        Map<String, Object> shared = ShippedInputs.cases().get(0);
        Map<String, Object> request = new LinkedHashMap<>((Map<String, Object>) shared.get("request"));
        request.keySet().retainAll(List.of("method", "url", "credentials"));
        Map<String, Object> context = new LinkedHashMap<>((Map<String, Object>) shared.get("context"));
        context.remove("notes");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request", request);
        body.put("response", shared.get("response_raw"));
        body.put("facts", context);
        return new ObjectMapper().writeValueAsString(body);
    }
}
