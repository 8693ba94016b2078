package dev.why403.web;

import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.RankedCause;
import dev.why403.knowledge.Audience;
import dev.why403.knowledge.Cause;
import dev.why403.knowledge.Fix;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;

/** Values the pages compute from the diagnosis, kept here so templates only show them. */
@TemplateExtension
final class WebExtensions {

    private WebExtensions() {}

    /** The cause's confidence as a whole percentage. */
    static long percent(RankedCause ranked) {
        return Math.round(ranked.confidence() * 100);
    }

    /** Fixes the person who got the 403 can try, easy first. */
    static List<Fix> visitorFixes(RankedCause ranked) {
        return fixesFor(ranked, Audience.VISITOR);
    }

    /** Fixes only whoever runs the site can make, easy first. */
    static List<Fix> ownerFixes(RankedCause ranked) {
        return fixesFor(ranked, Audience.OWNER);
    }

    /** How common a cause is before any evidence, in words. */
    static String likelihoodText(Cause cause) {
        return switch (cause.likelihood()) {
            case HIGH -> "a common cause";
            case MEDIUM -> "a fairly common cause";
            case LOW -> "an uncommon cause";
        };
    }

    /** What a finding does to its cause, in words. */
    static String effect(Finding finding) {
        return switch (finding.kind()) {
            case SUPPORTS -> "Points to it";
            case OPPOSES -> "Speaks against it";
            case RULES_OUT -> "Rules it out";
        };
    }

    /** A CSS class for the finding's effect. */
    static String effectClass(Finding finding) {
        return finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Where a fact came from, in words: the source is stored as {@code kind:detail}. */
    static String origin(Fact fact) {
        String source = fact.source() == null ? "" : fact.source();
        int colon = source.indexOf(':');
        String kind = colon < 0 ? source : source.substring(0, colon);
        String detail = colon < 0 ? "" : source.substring(colon + 1);
        return switch (kind) {
            case "answer" -> "your answer";
            case "request" -> "the request you described";
            case "response" -> "the pasted response";
            case "signature" -> "the pasted response (pattern " + detail + ")";
            case "probe" -> "a probe of the address";
            case "given" -> "what you told us";
            default -> source;
        };
    }

    /** A message as a sentence: the service writes its messages in lower case, to be embedded. */
    static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<Fix> fixesFor(RankedCause ranked, Audience audience) {
        return ranked.fixes().stream().filter(fix -> fix.audience() == audience).toList();
    }
}
