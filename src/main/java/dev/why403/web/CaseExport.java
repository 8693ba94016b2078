package dev.why403.web;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.RankedCause;
import dev.why403.diagnosis.RuledOutCause;
import dev.why403.observation.Observation;
import dev.why403.session.RequestInfo;
import dev.why403.session.SessionNote;
import java.time.Instant;
import java.util.List;

/** A case as one JSON document, for a ticket system or an archive. */
public record CaseExport(
        String id,
        Instant createdAt,
        Instant updatedAt,
        String state,
        String release,
        RequestInfo request,
        String response,
        List<EarlierAnswer> answers,
        List<Fact> facts,
        List<CauseEntry> causes,
        List<CauseEntry> ruledOut,
        List<Observation.VendorReference> references,
        List<SessionNote> notes,
        String reply,
        String internalNote) {

    /** A cause with its confidence (null when ruled out) and the findings of the rules that fired for it. */
    public record CauseEntry(String id, String title, Double confidence, List<Evidence> evidence) {}

    public record Evidence(String rule, String effect, int points, String text, List<Fact> facts) {}

    static CaseExport of(ConsoleCase session) {
        var view = session.view();
        return new CaseExport(
                view.id(),
                view.createdAt(),
                view.updatedAt(),
                session.state(),
                view.release(),
                view.request().orElse(null),
                view.response().orElse(null),
                session.answers(),
                view.facts(),
                view.diagnosis().causes().stream().map(CaseExport::ranked).toList(),
                view.diagnosis().ruledOut().stream().map(CaseExport::ruledOut).toList(),
                session.references(),
                session.notes(),
                session.reply(),
                session.internalNote());
    }

    private static CauseEntry ranked(RankedCause ranked) {
        return new CauseEntry(
                ranked.cause().id(), ranked.cause().title(), ranked.confidence(), evidence(ranked.findings()));
    }

    private static CauseEntry ruledOut(RuledOutCause out) {
        return new CauseEntry(out.cause().id(), out.cause().title(), null, evidence(out.findings()));
    }

    private static List<Evidence> evidence(List<Finding> findings) {
        return findings.stream()
                .map(finding -> new Evidence(
                        finding.rule(),
                        finding.kind().name().toLowerCase(),
                        finding.points(),
                        finding.evidence(),
                        finding.facts()))
                .toList();
    }
}
