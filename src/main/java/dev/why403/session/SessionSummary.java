package dev.why403.session;

import java.time.Instant;

/** One line of the console's session list, read from the stored columns without re-diagnosing. */
public record SessionSummary(
        String id, Instant createdAt, Instant updatedAt, String topCause, String vendors, String state, String url) {

    static SessionSummary of(SessionRecord record) {
        return new SessionSummary(
                record.id,
                record.createdAt,
                record.updatedAt,
                record.topCause,
                record.vendors,
                record.state,
                record.requestUrl);
    }
}
