package dev.why403.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note a help-desk agent added to a session, as stored. */
@Entity
@Table(name = "session_note")
public class NoteRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "session_id", length = 36, nullable = false)
    public String sessionId;

    @Column(name = "author", length = 128, nullable = false)
    public String author;

    @Column(name = "note_text", length = 8192, nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
