package dev.why403.session;

import java.time.Instant;

/** A note on a session: who wrote it, when, and what. */
public record SessionNote(String author, String text, Instant createdAt) {

    static SessionNote of(NoteRecord record) {
        return new SessionNote(record.author, record.text, record.createdAt);
    }
}
