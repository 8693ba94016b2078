package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Launch to first useful answer and resident memory, why403 against a bare Quarkus app of the same version. */
final class StartupSection {

    private final Path file;
    private final Targets targets;

    StartupSection(Path file, Targets targets) {
        this.file = file;
        this.targets = targets;
    }

    String write() throws IOException {
        StringBuilder text = new StringBuilder("## Start-up and memory\n\n");
        if (!Files.exists(file)) {
            targets.missing("Start-up and memory against a bare app", "the start-up phase did not run");
            return text.append("Not run.\n\n").toString();
        }
        JsonNode startup = new ObjectMapper().readTree(file.toFile());
        JsonNode app = startup.path("why403");
        JsonNode bare = startup.path("bare");
        text.append(startup.path("description").asText()).append("\n\n");
        text.append("| Measure | why403 | Bare Quarkus (REST + Jackson) | why403 ÷ bare |\n|---|---|---|---|\n");
        row(
                text,
                "Launch to ready (`/q/health/ready`, or first answer for the bare app)",
                app,
                bare,
                "readySeconds",
                " s");
        row(text, "Launch to first successful answer", app, bare, "firstAnswerSeconds", " s");
        row(text, "RSS after the first answer", app, bare, "rssAfterFirstMb", " MB");
        row(text, "RSS after the load", app, bare, "rssAfterLoadMb", " MB");
        text.append('\n');
        if (!bare.isMissingNode() && !app.isMissingNode()) {
            double ratio = app.path("firstAnswerSeconds").asDouble()
                    / bare.path("firstAnswerSeconds").asDouble();
            targets.add(
                    "Start-up: first diagnosis against a bare app's first answer (no limit set)",
                    Format.ratio(ratio),
                    "informational");
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String label, JsonNode app, JsonNode bare, String field, String unit) {
        double ours = app.path(field).asDouble(Double.NaN);
        double theirs = bare.path(field).asDouble(Double.NaN);
        text.append("| ").append(label).append(" | ").append(value(ours, unit)).append(" | ");
        text.append(value(theirs, unit)).append(" | ");
        text.append(Double.isNaN(ours) || Double.isNaN(theirs) ? "–" : Format.ratio(ours / theirs))
                .append(" |\n");
    }

    private static String value(double value, String unit) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value) + unit;
    }
}
