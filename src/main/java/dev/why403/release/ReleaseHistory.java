package dev.why403.release;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The most recent release attempts, newest first, up to a fixed number; safe to read while reloads record. */
public final class ReleaseHistory {

    private final int size;
    private final Deque<ReleaseAttempt> attempts = new ArrayDeque<>();

    public ReleaseHistory(int size) {
        this.size = Math.max(size, 1);
    }

    synchronized void record(ReleaseAttempt attempt) {
        attempts.addFirst(attempt);
        while (attempts.size() > size) {
            attempts.removeLast();
        }
    }

    public synchronized Optional<ReleaseAttempt> last() {
        return Optional.ofNullable(attempts.peekFirst());
    }

    public synchronized List<ReleaseAttempt> recent() {
        return List.copyOf(attempts);
    }
}
