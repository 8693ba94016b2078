package dev.why403.cli;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Finding;
import dev.why403.diagnosis.RankedCause;
import dev.why403.knowledge.Fix;
import dev.why403.observation.Observation.VendorReference;
import dev.why403.probe.ProbeLayer;
import dev.why403.probe.ProbeResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a probe run and its diagnosis as plain text for a terminal; everything printed is already redacted. */
final class DiagnosisPrinter {

    /** Causes below this confidence are left out: they would only be noise in a terminal. */
    private static final double SHOWN_CONFIDENCE = 0.02;

    private final PrintStream out;

    DiagnosisPrinter(PrintStream out) {
        this.out = out;
    }

    void print(ProbeLayer layer, Diagnosis diagnosis) {
        probes(layer);
        vendors(layer);
        int rank = 0;
        for (RankedCause cause : diagnosis.causes()) {
            if (cause.confidence() < SHOWN_CONFIDENCE && rank > 0) {
                break;
            }
            cause(++rank, cause);
        }
    }

    private void probes(ProbeLayer layer) {
        out.println("Probes");
        for (ProbeResult result : layer.results()) {
            String status = result.status().map(String::valueOf).orElse("-");
            String note = result.refusal()
                    .map(Object::toString)
                    .or(() -> result.error())
                    .orElse(result.sent().method() + " " + result.sent().url());
            out.printf(Locale.ROOT, "  %-24s %4s %6d ms  %s%n", result.probeId(), status, result.millis(), note);
        }
        out.println();
    }

    private void vendors(ProbeLayer layer) {
        String vendors = layer.observations().stream()
                .flatMap(Optional::stream)
                .flatMap(observation -> observation.signatures().stream())
                .filter(signature -> signature.vendor() != null)
                .map(signature -> signature.vendor() + " (" + signature.layer() + ")")
                .distinct()
                .collect(Collectors.joining(", "));
        out.println("Vendors: " + (vendors.isEmpty() ? "none recognised" : vendors));
        for (VendorReference reference : layer.references()) {
            out.println("Reference for the site owner: " + reference.label() + " " + reference.value());
        }
        out.println();
    }

    private void cause(int rank, RankedCause ranked) {
        out.printf(
                Locale.ROOT,
                "%d. %s: %s (confidence %.2f)%n",
                rank,
                ranked.cause().id(),
                ranked.cause().title(),
                ranked.confidence());
        for (Finding finding : ranked.findings()) {
            String sign = finding.points() >= 0 ? "+" : "";
            out.printf(Locale.ROOT, "   %s%d  %s%n", sign, finding.points(), finding.evidence());
        }
        for (Fix fix : ranked.fixes()) {
            out.printf(
                    Locale.ROOT,
                    "   fix (%s, %s): %s%n",
                    fix.difficulty().label(),
                    fix.audience().label(),
                    fix.title());
        }
        out.println();
    }
}
