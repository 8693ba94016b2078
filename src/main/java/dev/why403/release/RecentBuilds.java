package dev.why403.release;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few things built from files, by the hash of those files. An author edits rules or knowledge, rarely both:
 * the part that did not change is taken from here instead of being built again, and a rollback to the release before
 * finds its parts here too.
 */
final class RecentBuilds<T> {

    private final Map<String, T> built;

    RecentBuilds(int size) {
        this.built = new LinkedHashMap<>(size + 1, 1f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > size;
            }
        };
    }

    /** The thing built from files with this hash, building it when it is not here; a failed build is not kept. */
    T get(String hash, Supplier<T> build) {
        synchronized (built) {
            T known = built.get(hash);
            if (known != null) {
                return known;
            }
        }
        T fresh = build.get();
        synchronized (built) {
            built.put(hash, fresh);
        }
        return fresh;
    }
}
