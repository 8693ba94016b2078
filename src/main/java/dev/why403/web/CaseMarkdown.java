package dev.why403.web;

import dev.why403.diagnosis.RankedCause;
import dev.why403.diagnosis.RuledOutCause;
import dev.why403.session.SessionNote;

/** A case as one Markdown document: the diagnosis, the transcript, the facts, the notes and both texts to copy. */
final class CaseMarkdown {

    private CaseMarkdown() {}

    static String of(ConsoleCase session) {
        StringBuilder text =
                new StringBuilder("# Case ").append(session.view().id()).append("\n\n");
        text.append("Started ")
                .append(session.view().createdAt())
                .append(", ")
                .append(session.state())
                .append(", knowledge release ")
                .append(session.view().release())
                .append(".\n");

        causes(text, session);
        transcript(text, session);
        text.append("\n## Facts\n\n");
        session.view()
                .facts()
                .forEach(fact -> text.append("- ").append(CaseTexts.fact(fact)).append('\n'));
        notes(text, session);
        text.append("\n## Reply for the customer\n\n").append(fenced(session.reply()));
        text.append("\n## Internal note\n\n").append(fenced(session.internalNote()));
        return text.toString();
    }

    private static void causes(StringBuilder text, ConsoleCase session) {
        text.append("\n## Ranked causes\n\n");
        for (RankedCause ranked : session.view().diagnosis().causes()) {
            text.append("1. ")
                    .append(ranked.cause().title())
                    .append(" (`")
                    .append(ranked.cause().id())
                    .append("`, ")
                    .append(WebExtensions.percent(ranked))
                    .append(" %)\n");
            ranked.findings()
                    .forEach(finding -> text.append("   - ")
                            .append(CaseTexts.evidence(finding))
                            .append('\n'));
        }
        for (RuledOutCause out : session.view().diagnosis().ruledOut()) {
            text.append("- ruled out: ").append(out.cause().title()).append('\n');
            out.findings()
                    .forEach(finding -> text.append("  - ")
                            .append(CaseTexts.evidence(finding))
                            .append('\n'));
        }
    }

    private static void transcript(StringBuilder text, ConsoleCase session) {
        text.append("\n## Transcript\n\n");
        session.view()
                .request()
                .ifPresent(request -> text.append("Request: ")
                        .append(request.method())
                        .append(' ')
                        .append(request.url())
                        .append(", credentials ")
                        .append(request.credentials())
                        .append("\n\n"));
        session.answers()
                .forEach(answer -> text.append("- ")
                        .append(answer.text())
                        .append(" **")
                        .append(answer.label())
                        .append("**\n"));
        session.view()
                .response()
                .ifPresent(response -> text.append("\nPasted response:\n\n").append(fenced(response)));
        session.probes()
                .forEach(probe -> text.append("- probe ")
                        .append(probe.probeId())
                        .append(": ")
                        .append(probe.status().map(String::valueOf).orElse("no response"))
                        .append('\n'));
    }

    private static void notes(StringBuilder text, ConsoleCase session) {
        text.append("\n## Notes\n\n");
        for (SessionNote note : session.notes()) {
            text.append("- ")
                    .append(note.author())
                    .append(", ")
                    .append(note.createdAt())
                    .append(":\n\n")
                    .append(fenced(note.text()));
        }
    }

    // A fence longer than any run of backticks inside, so pasted text cannot end it early.
    private static String fenced(String body) {
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        return fence + "text\n" + body.strip() + "\n" + fence + "\n";
    }
}
