package dev.why403.web;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.RankedCause;
import dev.why403.knowledge.Fix;
import dev.why403.observation.Observation;
import java.util.List;
import java.util.stream.Collectors;

/** The plain texts an agent copies out of a case: a reply for the customer and a note for colleagues. */
final class CaseTexts {

    /** Causes the internal note lists; the rest rarely matter to a colleague. */
    static final int NOTED_CAUSES = 3;

    private CaseTexts() {}

    /** A reply in plain words: the likely cause, what to try from easy to hard, the reference ids to pass on. */
    static String reply(ConsoleCase session) {
        StringBuilder text = new StringBuilder("Hello,\n\nthank you for the details of the 403 Forbidden error.\n\n");
        session.view()
                .diagnosis()
                .top()
                .ifPresentOrElse(
                        top -> likelyCause(text, top),
                        () -> text.append(
                                "What you told us rules out every cause we know of; we will look into it.\n"));

        List<Observation.VendorReference> references = session.references();
        if (!references.isEmpty()) {
            text.append("\nIf you contact the site, give them these reference ids; they let the site find your ")
                    .append("request in their logs:\n");
            references.forEach(ref -> text.append("- ")
                    .append(ref.label())
                    .append(": ")
                    .append(ref.value())
                    .append('\n'));
        }
        return text.append("\nKind regards\n").toString();
    }

    private static void likelyCause(StringBuilder text, RankedCause top) {
        text.append("The most likely cause: ")
                .append(top.cause().title())
                .append(".\n")
                .append(top.cause().summary().strip())
                .append('\n');

        List<Fix> fixes = WebExtensions.visitorFixes(top);
        if (!fixes.isEmpty()) {
            text.append("\nWhat to try, easiest first:\n");
            for (int i = 0; i < fixes.size(); i++) {
                text.append(i + 1).append(". ").append(fixes.get(i).title()).append('\n');
            }
        }
    }

    /** A note for colleagues: the leading causes with confidence and evidence, then every fact with its source. */
    static String internal(ConsoleCase session) {
        StringBuilder text =
                new StringBuilder("Case ").append(session.view().id()).append('\n');
        text.append("\nLeading causes:\n");
        session.view().diagnosis().causes().stream().limit(NOTED_CAUSES).forEach(ranked -> cause(text, ranked));
        session.view()
                .diagnosis()
                .ruledOut()
                .forEach(out ->
                        text.append("- ruled out: ").append(out.cause().id()).append('\n'));

        text.append("\nFacts:\n");
        session.view()
                .facts()
                .forEach(fact -> text.append("- ").append(fact(fact)).append('\n'));
        return text.toString();
    }

    private static void cause(StringBuilder text, RankedCause ranked) {
        text.append("- ")
                .append(ranked.cause().id())
                .append(" (")
                .append(WebExtensions.percent(ranked))
                .append(" %)\n");
        ranked.findings()
                .forEach(
                        finding -> text.append("  * ").append(evidence(finding)).append('\n'));
    }

    static String evidence(Finding finding) {
        String facts = finding.facts().stream().map(CaseTexts::fact).collect(Collectors.joining(", "));
        return finding.rule() + ": " + finding.evidence() + (facts.isEmpty() ? "" : " [" + facts + "]");
    }

    static String fact(Fact fact) {
        return fact.name() + " = " + fact.value() + " (" + fact.source() + ")";
    }
}
