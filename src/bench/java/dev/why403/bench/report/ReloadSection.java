package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Release build times, from the file {@code ReloadTimes} wrote. */
final class ReloadSection {

    private static final Map<String, Double> LIMITS = Map.of("shipped", 0.3, "equality-10000", 15.0);

    private final Path file;
    private final Targets targets;
    private final StringBuilder text = new StringBuilder();

    ReloadSection(Path file, Targets targets) {
        this.file = file;
        this.targets = targets;
    }

    String write() throws IOException {
        text.append("## Reload: `ReleaseBuilder.build`\n\n");
        if (!Files.exists(file)) {
            targets.missing("Reload, shipped ≤ 0.3 s", "the reload phase did not run");
            return text.append("Not run.\n\n").toString();
        }
        text.append("Each rule set's files are read once, then built repeatedly in one JVM. The first build of the "
                + "run (shipped, in a fresh JVM) also loads and warms the DRL compiler, so it is shown apart; "
                + "\"later builds\" is the median of the others. CPU is the whole process's CPU time during a "
                + "build; wall time above it is time spent waiting for a core.\n\n");
        text.append("| Rule set | Rules | First build | Later builds (median) | CPU of later builds (median) "
                + "| First evaluation after build (median) |\n|---|---|---|---|---|---|\n");
        new ObjectMapper()
                .readTree(file.toFile())
                .fields()
                .forEachRemaining(entry -> row(entry.getKey(), entry.getValue()));
        text.append('\n');
        LIMITS.forEach(this::target);
        return text.toString();
    }

    private void row(String label, JsonNode result) {
        List<Double> builds = values(result.path("buildSeconds"));
        List<Double> cpu = values(result.path("buildCpuSeconds"));
        List<Double> evaluations = values(result.path("firstEvaluationSeconds"));
        text.append("| ")
                .append(label)
                .append(" | ")
                .append(result.path("rules").asInt())
                .append(" | ");
        text.append(Format.seconds(builds.get(0))).append(" | ");
        text.append(builds.size() > 1 ? Format.seconds(median(builds.subList(1, builds.size()))) : "–")
                .append(" | ");
        text.append(cpu.size() > 1 ? Format.seconds(median(cpu.subList(1, cpu.size()))) : "–")
                .append(" | ");
        text.append(Format.seconds(median(evaluations))).append(" |\n");
    }

    private void target(String label, double limit) {
        String target = "Reload, " + label + " ≤ " + limit + " s";
        try {
            JsonNode result = new ObjectMapper().readTree(file.toFile()).path(label);
            List<Double> builds = values(result.path("buildSeconds"));
            if (builds.isEmpty()) {
                targets.missing(target, "not in this run");
                return;
            }
            double typical = builds.size() > 1 ? median(builds.subList(1, builds.size())) : builds.get(0);
            String which = builds.size() > 1 ? " (median of later builds)" : " (one build)";
            targets.add(target, Format.seconds(typical) + which, Format.gapUnder(typical, limit));
        } catch (IOException e) {
            targets.missing(target, "unreadable results: " + e.getMessage());
        }
    }

    private static List<Double> values(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
