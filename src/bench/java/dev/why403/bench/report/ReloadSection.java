package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reload times, from the file {@code ReloadTimes} wrote, and first builds in the JMH forks. */
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
        text.append("## Reload: `ReleasePipeline.build` (parse, check, compile, warm up, run the scenarios)\n\n");
        if (!Files.exists(file)) {
            targets.missing("Reload, shipped ≤ 0.3 s", "the reload phase did not run");
            return text.append("Not run.\n\n").toString();
        }
        text.append("Each rule set's files are read once, then reloaded repeatedly in one JVM through one pipeline, "
                + "doing all a reload in the service does before it publishes. Each run edits a rule file (all DRL "
                + "is compiled again: the figure the targets use), then a knowledge file (the compiled rules are "
                + "reused). The first reload of each set is shown apart (the very first, shipped, also loads and "
                + "warms the DRL compiler in a fresh JVM); \"later\" is the median of the others: a reload in a "
                + "running service. CPU is the whole process's CPU time during a reload; wall time above it is time "
                + "spent waiting for a core.\n\n");
        text.append("| Rule set | Rules | First reload | Later reloads, rule edit (median) | CPU of those (median) "
                + "| Later reloads, knowledge edit (median) | First evaluation after reload (median) |\n"
                + "|---|---|---|---|---|---|---|\n");
        new ObjectMapper()
                .readTree(file.toFile())
                .fields()
                .forEachRemaining(entry -> row(entry.getKey(), entry.getValue()));
        text.append('\n');
        target("shipped", "Reload, shipped knowledge ≤ 0.3 s", SHIPPED_LIMIT);
        largest();
        forkBuilds();
        return text.toString();
    }

    /** The generated releases the JMH forks built, each in a fresh JVM: the largest ones are timed only there. */
    private void forkBuilds() {
        if (forkBuilds.isEmpty()) {
            return;
        }
        text.append("Builds of generated rule sets in the setup of each JMH engine fork. Each is the first build "
                + "in a fresh JVM, so it also pays for loading and warming the DRL compiler (compare the shipped "
                + "first build above): the cost of a cold start with that many rules, not of a reload.\n\n");
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
        if (!large.isEmpty()) {
            double wall = median(large.stream().map(time -> time[0]).toList());
            targets.add(
                    "Cold start with 10,000 rules (no limit set)",
                    Format.seconds(wall) + " wall (median of " + large.size() + " first builds in fresh JVMs)",
                    "informational");
        }
    }

    /** The 10,000-rule target holds for every shape: the slowest shape's later reloads are what is reported. */
    private void largest() throws IOException {
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        String slowest = null;
        double slowestMedian = -1;
        for (var names = all.fieldNames(); names.hasNext(); ) {
            String label = names.next();
            List<Double> builds = values(all.path(label).path("buildSeconds"));
            if (label.endsWith("-10000") && builds.size() > 1) {
                double later = median(builds.subList(1, builds.size()));
                if (later > slowestMedian) {
                    slowestMedian = later;
                    slowest = label;
                }
            }
        }
        String target = "Reload, 10,000 rules ≤ 15 s";
        if (slowest == null) {
            targets.missing(target, "no 10,000-rule set was reloaded in this run");
            return;
        }
        target(slowest, target + " (slowest shape: " + slowest + ")", LARGE_LIMIT);
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
        List<Double> knowledgeEdits = values(result.path("knowledgeEditSeconds"));
        text.append(
                        knowledgeEdits.size() > 1
                                ? Format.seconds(median(knowledgeEdits.subList(1, knowledgeEdits.size())))
                                : "–")
                .append(" | ");
        text.append(Format.seconds(median(evaluations))).append(" |\n");
    }

    private void target(String label, String target, double limit) {
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
            String which = builds.size() > 1 ? " (median of later reloads)" : " (one reload)";
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
