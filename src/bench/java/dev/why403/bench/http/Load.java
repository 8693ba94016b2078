package dev.why403.bench.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop load: a few workers each send one request, wait for its answer, and send the next, until the time is
 * up, the request budget is spent or there is nothing left to send.
 */
final class Load {

    /** No scenario sends more than this many requests, however fast the server answers. */
    static final long MAX_REQUESTS = 500_000;

    private final int workers;

    Load(int workers) {
        this.workers = workers;
    }

    LoadResult run(String label, double seconds, Supplier<Outcome> request) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        AtomicLong budget = new AtomicLong(MAX_REQUESTS);
        List<Worker> running = new ArrayList<>();
        for (int index = 0; index < workers; index++) {
            Worker worker = new Worker(request, deadline, budget);
            worker.thread.start();
            running.add(worker);
        }
        for (Worker worker : running) {
            worker.thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return combine(label, running, elapsed);
    }

    private static LoadResult combine(String label, List<Worker> workers, double elapsed) {
        long errors = workers.stream().mapToLong(worker -> worker.errors).sum();
        long[] latencies = workers.stream()
                .flatMapToLong(worker -> worker.latencies.stream().mapToLong(Long::longValue))
                .toArray();
        return new LoadResult(label, latencies.length, errors, elapsed, latencies);
    }

    /** One closed loop of requests, on a thread of its own. */
    private static final class Worker {

        final List<Long> latencies = new ArrayList<>();
        final Thread thread;
        long errors;

        Worker(Supplier<Outcome> request, long deadline, AtomicLong budget) {
            this.thread = new Thread(() -> loop(request, deadline, budget), "load");
        }

        private void loop(Supplier<Outcome> request, long deadline, AtomicLong budget) {
            while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
                long sent = System.nanoTime();
                Outcome outcome = request.get();
                if (outcome == Outcome.EXHAUSTED) {
                    return;
                }
                latencies.add(System.nanoTime() - sent);
                if (outcome == Outcome.ERROR) {
                    errors++;
                }
            }
        }
    }
}
