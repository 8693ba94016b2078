package dev.why403.release;

/** A rollback named a release whose files are not kept (never published here, or too long ago). */
public class ReleaseNotKeptException extends RuntimeException {

    public ReleaseNotKeptException(String version) {
        super("release '" + version + "' is not kept; GET /api/admin/releases lists the releases that can be"
                + " published again");
    }
}
