package dev.why403.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Notes agents keep on a session: added one at a time, read oldest first. */
@ApplicationScoped
public class NoteService {

    /** The longest note kept; the column holds this many characters. */
    public static final int MAX_LENGTH = 8192;

    private static final Logger LOG = Logger.getLogger(NoteService.class);

    @Transactional
    public SessionNote add(String sessionId, String author, String text) {
        if (SessionRecord.findById(sessionId) == null) {
            throw new SessionNotFoundException(sessionId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("/text", "the note is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("/text", "the note is longer than " + MAX_LENGTH + " characters");
        }

        NoteRecord record = new NoteRecord();
        record.id = UUID.randomUUID().toString();
        record.sessionId = sessionId;
        record.author = author;
        record.text = text.strip();
        record.createdAt = Instant.now();
        record.persist();
        LOG.debugf("Note added to session %s by %s", sessionId, author);
        return SessionNote.of(record);
    }

    @Transactional
    public List<SessionNote> notes(String sessionId) {
        List<NoteRecord> records = NoteRecord.list("sessionId = ?1 order by createdAt, id", sessionId);
        return records.stream().map(SessionNote::of).toList();
    }
}
