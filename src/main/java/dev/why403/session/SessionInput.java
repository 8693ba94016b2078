package dev.why403.session;

import java.util.Map;

/** What a new session starts from; every part is optional. With {@code probe}, why403 requests the URL itself. */
public record SessionInput(RequestInfo request, String response, Map<String, String> facts, ProbeInput probe) {

    public SessionInput {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public SessionInput(RequestInfo request, String response, Map<String, String> facts) {
        this(request, response, facts, null);
    }
}
