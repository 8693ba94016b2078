package dev.why403.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Question;
import dev.why403.release.Release;
import dev.why403.session.SessionEvaluator.StoredParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Diagnoses the latest stored sessions on two releases and lists those whose top cause or next question would
 * differ: what an author's change would do to the people who already asked. Nothing is written back.
 */
@ApplicationScoped
public class SessionReplay {

    private static final Logger LOG = Logger.getLogger(SessionReplay.class);

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};
    private static final TypeReference<List<AnswerRecord>> ANSWERS = new TypeReference<>() {};

    private final ObjectMapper json;

    public SessionReplay(ObjectMapper json) {
        this.json = json;
    }

    /** Replays the {@code latest} sessions most recently changed, newest first. */
    @Transactional
    public Result replay(Release before, Release after, int latest) {
        long stored = SessionRecord.count();
        List<SessionRecord> records = SessionRecord.<SessionRecord>find("order by updatedAt desc, id")
                .page(0, latest)
                .list();

        List<Change> changes = records.stream()
                .map(record -> compare(record, before, after))
                .filter(Optional::isPresent)
                .map(Optional::get)
                .toList();
        LOG.debugf(
                "Replayed %d of %d sessions on release %s: %d would change",
                records.size(), stored, after.version(), changes.size());
        return new Result(stored, records.size(), changes);
    }

    private Optional<Change> compare(SessionRecord record, Release before, Release after) {
        StoredParts parts = parts(record);
        Diagnosis was = diagnose(before, record, parts);
        Diagnosis would = diagnose(after, record, parts);

        Change change = new Change(record.id, topCause(was), topCause(would), nextQuestion(was), nextQuestion(would));
        boolean same = Objects.equals(change.topCauseBefore(), change.topCauseAfter())
                && Objects.equals(change.nextQuestionBefore(), change.nextQuestionAfter());
        return same ? Optional.empty() : Optional.of(change);
    }

    private static Diagnosis diagnose(Release release, SessionRecord record, StoredParts parts) {
        SessionEvaluator evaluator = new SessionEvaluator(release);
        List<Fact> facts = evaluator.facts(parts, evaluator.observe(record.responseRaw));
        Set<String> answered =
                parts.answers().stream().map(AnswerRecord::question).collect(Collectors.toSet());
        return release.diagnoser().diagnose(facts, answered);
    }

    private static String topCause(Diagnosis diagnosis) {
        return diagnosis.top().map(top -> top.cause().id()).orElse(null);
    }

    private static String nextQuestion(Diagnosis diagnosis) {
        return diagnosis.nextQuestion().map(Question::id).orElse(null);
    }

    private StoredParts parts(SessionRecord record) {
        boolean noRequest =
                record.requestMethod == null && record.requestUrl == null && record.requestCredentials == null;
        Optional<RequestInfo> request = noRequest
                ? Optional.empty()
                : Optional.of(new RequestInfo(record.requestMethod, record.requestUrl, record.requestCredentials));
        return new StoredParts(request, read(record.givenFacts, FACTS), read(record.answers, ANSWERS));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session part is not valid JSON", e);
        }
    }

    /** How many sessions are stored, how many were replayed, and those whose diagnosis would change. */
    public record Result(long stored, int replayed, List<Change> changes) {}

    /** One session whose top cause or next question would change; null where there is none. */
    public record Change(
            String session,
            String topCauseBefore,
            String topCauseAfter,
            String nextQuestionBefore,
            String nextQuestionAfter) {}
}
