package dev.why403.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.why403.diagnosis.Fact;
import dev.why403.observation.Redactor;
import dev.why403.observation.ResponseFormatException;
import dev.why403.observation.ResponseParser;
import dev.why403.probe.ProbeLayer;
import dev.why403.probe.ProbeResult;
import dev.why403.release.CurrentRelease;
import dev.why403.release.Release;
import dev.why403.session.SessionEvaluator.StoredParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Starts, reads and answers diagnosis sessions; each call runs on the release current when it started. */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};
    private static final TypeReference<List<AnswerRecord>> ANSWERS = new TypeReference<>() {};

    private final CurrentRelease releases;
    private final ObjectMapper json;
    private final ProbeStore probes;
    private final ProbePlans plans;

    public SessionService(CurrentRelease releases, ObjectMapper json, ProbeStore probes, ProbePlans plans) {
        this.releases = releases;
        this.json = json;
        this.probes = probes;
        this.plans = plans;
    }

    @Transactional
    public SessionView create(SessionInput input) {
        return create(input, List.of(), null);
    }

    /**
     * Starts a session with the results of a probe run already made; without a request of its own, the session's
     * request is the probed one, as sent (redacted), with the kind of credentials its headers carried.
     */
    @Transactional
    SessionView create(SessionInput input, List<ProbeResult> probed, String probedCredentials) {
        Release release = releases.get();
        InputValidator validator = new InputValidator(release.knowledge());
        Optional<RequestInfo> request = Optional.ofNullable(input.request())
                .or(() -> probedRequest(probed, probedCredentials))
                .map(validator::request);
        validator.response(input.response());
        validator.facts(input.facts());
        String response = input.response() == null ? null : Redactor.redact(input.response());
        checkParses(release, response);

        SessionRecord record = new SessionRecord();
        record.id = UUID.randomUUID().toString();
        record.createdAt = Instant.now();
        record.updatedAt = record.createdAt;
        request.ifPresent(info -> {
            record.requestMethod = info.method();
            record.requestUrl = info.url();
            record.requestCredentials = info.credentials();
        });
        record.responseRaw = response;
        record.givenFacts = write(new java.util.TreeMap<>(input.facts()));
        record.answers = write(List.of());
        SessionView view = evaluate(release, record, probed);
        record.persist();
        if (!probed.isEmpty()) {
            probes.replace(record.id, probed);
        }
        LOG.debugf("Session %s started on release %s", record.id, release.version());
        return view;
    }

    /** Reads without writing: the record is detached first, so a read never races an answer for the row. */
    @Transactional
    public SessionView get(String id) {
        SessionRecord record = find(id);
        SessionRecord.getEntityManager().detach(record);
        return evaluate(releases.get(), record);
    }

    @Transactional
    public SessionView answer(String id, String questionId, String value) {
        Release release = releases.get();
        new InputValidator(release.knowledge()).answer(questionId, value);
        SessionRecord record = find(id);
        List<AnswerRecord> answers = new ArrayList<>(read(record.answers, ANSWERS));
        if (answers.stream().anyMatch(answer -> answer.question().equals(questionId))) {
            throw new SessionConflictException("the question '" + questionId + "' is already answered; change it with"
                    + " PUT /api/sessions/" + id + "/answers/" + questionId);
        }
        answers.add(new AnswerRecord(questionId, value, Instant.now()));
        return saveAnswers(release, record, answers);
    }

    @Transactional
    public SessionView undo(String id) {
        Release release = releases.get();
        SessionRecord record = find(id);
        List<AnswerRecord> answers = new ArrayList<>(read(record.answers, ANSWERS));
        if (answers.isEmpty()) {
            throw new SessionConflictException("the session has no answer to undo");
        }
        answers.remove(answers.size() - 1);
        return saveAnswers(release, record, answers);
    }

    /** Changes an earlier answer; later answers whose questions no longer apply are dropped. */
    @Transactional
    public SessionView change(String id, String questionId, String value) {
        Release release = releases.get();
        new InputValidator(release.knowledge()).answer(questionId, value);
        SessionRecord record = find(id);
        List<AnswerRecord> answers = new ArrayList<>(read(record.answers, ANSWERS));
        int position = positionOf(answers, questionId);
        answers.set(position, new AnswerRecord(questionId, value, Instant.now()));

        SessionEvaluator evaluator = new SessionEvaluator(release);
        StoredParts withoutAnswers = new StoredParts(
                request(record), read(record.givenFacts, FACTS), List.of(), probeLayer(release, probes.results(id)));
        List<Fact> otherFacts = evaluator.facts(withoutAnswers, evaluator.observe(record.responseRaw));
        List<AnswerRecord> kept = new AnswerPath(release.knowledge()).prune(answers, position + 1, otherFacts);
        return saveAnswers(release, record, kept);
    }

    private static int positionOf(List<AnswerRecord> answers, String questionId) {
        for (int index = 0; index < answers.size(); index++) {
            if (answers.get(index).question().equals(questionId)) {
                return index;
            }
        }
        throw new SessionConflictException("the question '" + questionId + "' has not been answered in this session;"
                + " answer it with POST first");
    }

    private SessionView saveAnswers(Release release, SessionRecord record, List<AnswerRecord> answers) {
        record.answers = write(answers);
        record.updatedAt = Instant.now();
        return evaluate(release, record);
    }

    private SessionView evaluate(Release release, SessionRecord record) {
        return evaluate(release, record, probes.results(record.id));
    }

    private SessionView evaluate(Release release, SessionRecord record, List<ProbeResult> probed) {
        StoredParts parts = new StoredParts(
                request(record),
                read(record.givenFacts, FACTS),
                read(record.answers, ANSWERS),
                probeLayer(release, probed));
        return new SessionEvaluator(release).view(record, parts);
    }

    private ProbeLayer probeLayer(Release release, List<ProbeResult> probed) {
        return ProbeLayer.of(release.signatures(), plans.current(), probed);
    }

    private static Optional<RequestInfo> probedRequest(List<ProbeResult> probed, String credentials) {
        return probed.stream()
                .filter(result -> result.probeId().equals("as-given"))
                .findFirst()
                .map(asGiven -> new RequestInfo(
                        asGiven.sent().method(), encoded(asGiven.sent().url()), credentials));
    }

    // The redaction marker's brackets are not allowed in a URL; escaped, the stored URL stays a valid one.
    private static String encoded(String redactedUrl) {
        return redactedUrl.replace("[redacted]", "%5Bredacted%5D");
    }

    private static void checkParses(Release release, String response) {
        if (response == null || response.isBlank()) {
            return;
        }
        try {
            new ResponseParser().parse(response);
        } catch (ResponseFormatException e) {
            throw new InvalidInputException("/response", "the response is not an HTTP response: " + e.getMessage());
        }
    }

    private static Optional<RequestInfo> request(SessionRecord record) {
        if (record.requestMethod == null && record.requestUrl == null && record.requestCredentials == null) {
            return Optional.empty();
        }
        return Optional.of(new RequestInfo(record.requestMethod, record.requestUrl, record.requestCredentials));
    }

    private static SessionRecord find(String id) {
        SessionRecord record = SessionRecord.findById(id);
        if (record == null) {
            throw new SessionNotFoundException(id);
        }
        return record;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session part could not be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session part is not valid JSON", e);
        }
    }
}
