package dev.why403.reload;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Visitors who start sessions over and over against the test application on the loopback address, until stopped
 * or until their time is up; every answer that is not a 201 with a diagnosis is kept as a failure.
 */
final class ConcurrentVisitors {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private void visit() {
        while (!stopped.get() && System.nanoTime() < deadline) {
            try {
                record(client.send(request(), HttpResponse.BodyHandlers.ofString()));
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(sessions)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"facts\":{\"elsewhere\":\"yes\"}}"))
                .build();
    }

    private void record(HttpResponse<String> response) throws IOException {
        String top = response.statusCode() == 201
                ? JSON.readTree(response.body())
                        .path("diagnosis")
                        .path("causes")
                        .path(0)
                        .path("id")
                        .asText()
                : "";
        if (top.isEmpty()) {
            failures.add(response.statusCode() + " " + response.body());
            return;
        }
        answered.incrementAndGet();
        topCauses.add(top);
    }
}
