package dev.why403.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The requests sent under load. Each session created is kept with its next question, so that the answer scenario
 * can answer it: every answer goes to a session that has not been answered yet.
 */
final class Endpoints {

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Queue<OpenQuestion> open = new ConcurrentLinkedQueue<>();
    private final String base;
    private final String sessionBody;

    Endpoints(String base, String sessionBody) {
        this.base = base;
        this.sessionBody = sessionBody;
    }

    Outcome get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), 200) != null
                ? Outcome.OK
                : Outcome.ERROR;
    }

    /** POST /api/sessions with a pasted response; keeps the session and its next question for answering. */
    Outcome createSession() {
        String body = send(post("/api/sessions", sessionBody), 201);
        if (body == null) {
            return Outcome.ERROR;
        }
        try {
            JsonNode session = json.readTree(body);
            JsonNode question = session.path("nextQuestion");
            if (!question.isMissingNode() && !question.isNull()) {
                String answer = question.path("answers").path(0).path("value").asText();
                open.add(new OpenQuestion(
                        session.path("id").asText(), question.path("id").asText(), answer));
            }
            return Outcome.OK;
        } catch (IOException e) {
            return Outcome.ERROR;
        }
    }

    /** POST /api/sessions/{id}/answers to a session created earlier; exhausted when none is left. */
    Outcome answer() {
        OpenQuestion question = open.poll();
        if (question == null) {
            return Outcome.EXHAUSTED;
        }
        String body = "{\"question\":\"" + question.question() + "\",\"answer\":\"" + question.answer() + "\"}";
        return send(post("/api/sessions/" + question.session() + "/answers", body), 200) != null
                ? Outcome.OK
                : Outcome.ERROR;
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The body when the status is the expected one, otherwise null. */
    private String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == expected ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private record OpenQuestion(String session, String question, String answer) {}
}
