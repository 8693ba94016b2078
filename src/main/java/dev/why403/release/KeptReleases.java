package dev.why403.release;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The files of the last few published releases, newest first, so that one can be published again without the
 * files on disk. Files rather than built releases: a rule base is far larger than its text. A rollback to the
 * release before finds its compiled parts among the builder's recent builds; one further back builds again.
 */
public final class KeptReleases {

    private final int size;
    private final Deque<Kept> kept = new ArrayDeque<>();

    KeptReleases(int size) {
        this.size = Math.max(size, 1);
    }

    synchronized void keep(Release release, ReleaseSources sources) {
        kept.removeIf(earlier -> earlier.version().equals(release.version()));
        kept.addFirst(new Kept(release.version(), release.builtAt(), sources));
        while (kept.size() > size) {
            kept.removeLast();
        }
    }

    synchronized Optional<ReleaseSources> find(String version) {
        return kept.stream()
                .filter(release -> release.version().equals(version))
                .map(Kept::sources)
                .findFirst();
    }

    /** The releases that can be published again, newest first. */
    public synchronized List<Summary> list() {
        return kept.stream()
                .map(release -> new Summary(release.version(), release.builtAt()))
                .toList();
    }

    /** A kept release, as the status lists it. */
    public record Summary(String version, Instant builtAt) {}

    private record Kept(String version, Instant builtAt, ReleaseSources sources) {}
}
