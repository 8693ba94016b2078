package dev.why403.api;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.RankedCause;
import dev.why403.diagnosis.RuledOutCause;
import dev.why403.knowledge.FaqEntry;
import dev.why403.knowledge.Fix;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Step;
import dev.why403.observation.Observation;
import dev.why403.session.AnswerRecord;
import dev.why403.session.RequestInfo;
import dev.why403.session.SessionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The JSON shape of a session, as GET /api/sessions/{id} shows it. */
public record SessionJson(
        String id,
        Instant createdAt,
        Instant updatedAt,
        String release,
        RequestInfo request,
        String response,
        List<FactJson> facts,
        List<AnswerJson> answers,
        List<Observation.MatchedSignature> signatures,
        List<Observation.VendorReference> references,
        QuestionJson nextQuestion,
        DiagnosisJson diagnosis,
        List<ProbeJson> probes) {

    static SessionJson of(SessionView view, Knowledge knowledge) {
        Observation observation = view.observation().orElse(new Observation(List.of(), List.of(), List.of()));
        List<Observation.VendorReference> references = new ArrayList<>(observation.references());
        view.probes().references().stream()
                .filter(probed -> references.stream().noneMatch(known -> sameId(known, probed)))
                .forEach(references::add);
        return new SessionJson(
                view.id(),
                view.createdAt(),
                view.updatedAt(),
                view.release(),
                view.request().orElse(null),
                view.response().orElse(null),
                view.facts().stream().map(FactJson::of).toList(),
                view.answers().stream()
                        .map(answer -> AnswerJson.of(answer, knowledge))
                        .toList(),
                observation.signatures(),
                references,
                view.diagnosis().nextQuestion().map(QuestionJson::of).orElse(null),
                DiagnosisJson.of(view.diagnosis(), view.release()),
                ProbeJson.of(view.probes()));
    }

    private static boolean sameId(Observation.VendorReference one, Observation.VendorReference other) {
        return Objects.equals(one.label(), other.label()) && one.value().equals(other.value());
    }

    /** A fact and where it came from. */
    public record FactJson(String name, String value, String source) {
        static FactJson of(Fact fact) {
            return new FactJson(fact.name(), fact.value(), fact.source());
        }
    }

    /** An answer given, with the question's text and the answer's label for display. */
    public record AnswerJson(String question, String answer, String questionText, String answerLabel, Instant at) {
        static AnswerJson of(AnswerRecord answer, Knowledge knowledge) {
            var question = knowledge.question(answer.question());
            return new AnswerJson(
                    answer.question(),
                    answer.answer(),
                    question.map(Question::text).orElse(null),
                    question.flatMap(q -> q.answer(answer.answer()))
                            .map(Question.Answer::label)
                            .orElse(null),
                    answer.at());
        }
    }

    /** A question to ask, with its answers. */
    public record QuestionJson(String id, String fact, String text, String help, List<Question.Answer> answers) {
        static QuestionJson of(Question question) {
            return new QuestionJson(
                    question.id(), question.fact(), question.text(), question.help(), question.answers());
        }
    }

    /** The diagnosis: ranked causes, ruled-out causes, guide steps and FAQ that apply. */
    public record DiagnosisJson(
            String release, List<CauseJson> causes, List<RuledOutJson> ruledOut, List<Step> steps, List<FaqEntry> faq) {
        static DiagnosisJson of(Diagnosis diagnosis, String release) {
            return new DiagnosisJson(
                    release,
                    diagnosis.causes().stream().map(CauseJson::of).toList(),
                    diagnosis.ruledOut().stream().map(RuledOutJson::of).toList(),
                    diagnosis.steps(),
                    diagnosis.faq());
        }
    }

    /** A ranked cause with its evidence and fixes (easy to hard). */
    public record CauseJson(
            String id,
            String title,
            String likelihood,
            int score,
            double confidence,
            String summary,
            List<EvidenceJson> evidence,
            List<Fix> fixes) {
        static CauseJson of(RankedCause ranked) {
            var cause = ranked.cause();
            return new CauseJson(
                    cause.id(),
                    cause.title(),
                    cause.likelihood().label(),
                    ranked.score(),
                    Math.round(ranked.confidence() * 1000) / 1000.0,
                    cause.summary(),
                    ranked.findings().stream().map(EvidenceJson::of).toList(),
                    ranked.fixes());
        }
    }

    /** A cause taken out of the ranking, and the evidence that took it out. */
    public record RuledOutJson(String id, String title, List<EvidenceJson> evidence) {
        static RuledOutJson of(RuledOutCause ruledOut) {
            return new RuledOutJson(
                    ruledOut.cause().id(),
                    ruledOut.cause().title(),
                    ruledOut.findings().stream().map(EvidenceJson::of).toList());
        }
    }

    /** One finding: which rule, for or against, how strongly, in words, and the facts it matched. */
    public record EvidenceJson(String rule, String effect, int points, String text, List<FactJson> facts) {
        static EvidenceJson of(Finding finding) {
            return new EvidenceJson(
                    finding.rule(),
                    finding.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    finding.points(),
                    finding.evidence(),
                    finding.facts().stream().map(FactJson::of).toList());
        }
    }
}
