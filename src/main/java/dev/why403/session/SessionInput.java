package dev.why403.session;

import java.util.Map;

/** What a new session starts from; every part is optional. */
public record SessionInput(RequestInfo request, String response, Map<String, String> facts) {

    public SessionInput {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
