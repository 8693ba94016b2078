package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Release build times, from the file {@code ReloadTimes} wrote. */
final class ReloadSection {

    private static final double SHIPPED_LIMIT = 0.3;
    private static final double LARGE_LIMIT = 15.0;

    private final Path file;
    private final ForkBuildTimes forkBuilds;
    private final Targets targets;
    private final StringBuilder text = new StringBuilder();

    ReloadSection(Path out, Targets targets) throws IOException {
        this.file = out.resolve("reload.json");
        this.forkBuilds = ForkBuildTimes.read(out.resolve("builds.tsv"));
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
        target("shipped", SHIPPED_LIMIT);
        forkBuilds();
        return text.toString();
    }

    /** The generated releases the JMH forks built, each in a fresh JVM: the largest ones are timed only there. */
    private void forkBuilds() {
        String target = "Reload, 10,000 rules ≤ 15 s";
        if (forkBuilds.isEmpty()) {
            targets.missing(target, "no JMH fork built a generated release");
            return;
        }
        text.append("Builds of generated rule sets in the setup of each JMH engine fork. Each is the first build "
                + "in a fresh JVM, so it also pays for loading and warming the DRL compiler (compare the shipped "
                + "first build above): an upper bound for a reload in a running service.\n\n");
        text.append("| Rule set | Builds | Wall (median) | CPU (median) |\n|---|---|---|---|\n");
        forkBuilds
                .all()
                .forEach((label, times) -> text.append("| ")
                        .append(label)
                        .append(" | ")
                        .append(times.size())
                        .append(" | ")
                        .append(Format.seconds(
                                median(times.stream().map(time -> time[0]).toList())))
                        .append(" | ")
                        .append(Format.seconds(
                                median(times.stream().map(time -> time[1]).toList())))
                        .append(" |\n"));
        text.append('\n');
        List<double[]> large = forkBuilds.ofSize(10_000);
        if (large.isEmpty()) {
            targets.missing(target, "no 10,000-rule build in this run");
            return;
        }
        double wall = median(large.stream().map(time -> time[0]).toList());
        double cpu = median(large.stream().map(time -> time[1]).toList());
        targets.add(
                target,
                Format.seconds(wall) + " wall, " + Format.seconds(cpu) + " CPU (median of " + large.size()
                        + " first builds in fresh JVMs)",
                Format.gapUnder(wall, LARGE_LIMIT) + "; on CPU time " + Format.gapUnder(cpu, LARGE_LIMIT));
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
        String target = "Reload, " + label + " knowledge ≤ " + limit + " s";
        try {
            JsonNode result = new ObjectMapper().readTree(file.toFile()).path(label);
            List<Double> builds = values(result.path("buildSeconds"));
            if (builds.isEmpty()) {
                targets.missing(target, "not in this run");
                return;
            }
            double typical = builds.size() > 1 ? median(builds.subList(1, builds.size())) : builds.get(0);
            List<Double> cpu = values(result.path("buildCpuSeconds"));
            double typicalCpu = cpu.size() > 1 ? median(cpu.subList(1, cpu.size())) : cpu.get(0);
            String which = builds.size() > 1 ? " (median of later builds)" : " (one build)";
            targets.add(
                    target,
                    Format.seconds(typical) + " wall, " + Format.seconds(typicalCpu) + " CPU" + which,
                    Format.gapUnder(typical, limit) + "; on CPU time " + Format.gapUnder(typicalCpu, limit));
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
