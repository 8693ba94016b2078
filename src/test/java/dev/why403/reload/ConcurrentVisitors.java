package dev.why403.reload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Visitors who start sessions and answer every question they ask, over and over, against the test application on
 * the loopback address, until stopped or until their time is up; every call not answered with 201 (a new session)
 * or 200 (an answer taken) is kept as a failure, and so is every exception.
 */
final class ConcurrentVisitors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final long THINK_MILLIS = 20;

    private final URI sessions;
    private final int count;
    private final long deadline;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger answered = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Set<String> topCauses = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();

    ConcurrentVisitors(URI sessions, int count, Duration atMost) {
        this.sessions = sessions;
        this.count = count;
        this.deadline = System.nanoTime() + atMost.toNanos();
    }

    void start() {
        for (int visitor = 0; visitor < count; visitor++) {
            Thread thread = new Thread(this::visit, "visitor-" + visitor);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int answered() {
        return answered.get();
    }

    Set<String> topCauses() {
        return Set.copyOf(topCauses);
    }

    private boolean running() {
        return !stopped.get() && System.nanoTime() < deadline;
    }

    private void visit() {
        while (running()) {
            try {
                session();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    /** Starts a session and answers each question it asks with the first answer offered, until none is left. */
    private void session() throws IOException, InterruptedException {
        JsonNode session = send(sessions, "{}", 201);
        if (session == null) {
            return;
        }
        URI answers = sessions.resolve("sessions/" + session.path("id").asText() + "/answers");
        JsonNode next = session.path("nextQuestion");
        while (session != null && next.isObject() && running()) {
            String question = next.path("id").asText();
            String answer = next.path("answers").path(0).path("value").asText();
            session = send(answers, JSON.writeValueAsString(Map.of("question", question, "answer", answer)), 200);
            next = session == null ? next : session.path("nextQuestion");
        }
        if (session != null && !next.isObject()) {
            topCauses.add(
                    session.path("diagnosis").path("causes").path(0).path("id").asText());
        }
    }

    /** Posts the body; an answer other than the expected status is kept as a failure and gives null. */
    private JsonNode send(URI uri, String body, int expected) throws IOException, InterruptedException {
        // Real visitors read between clicks; without a pause 50 clients on two cores only measure the scheduler.
        Thread.sleep(THINK_MILLIS);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            failures.add(response.statusCode() + " " + response.body());
            return null;
        }
        answered.incrementAndGet();
        return JSON.readTree(response.body());
    }
}
