package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Throughput and latency over loopback, each endpoint as a ratio to the trivial one of the same app. */
final class HttpSection {

    static final String TRIVIAL = "knowledge";
    static final double FLOOR = 0.7;
    private static final List<String> WORK = List.of("create", "answer");

    private final Path file;
    private final Targets targets;

    HttpSection(Path file, Targets targets) {
        this.file = file;
        this.targets = targets;
    }

    String write() throws IOException {
        StringBuilder text = new StringBuilder("## HTTP on loopback, packaged service\n\n");
        if (!Files.exists(file)) {
            targets.missing("HTTP: throughput ≥ 0.7× the trivial endpoint", "the HTTP phase did not run");
            return text.append("Not run.\n\n").toString();
        }
        JsonNode http = new ObjectMapper().readTree(file.toFile());
        JsonNode scenarios = http.path("scenarios");
        text.append(http.path("description").asText()).append("\n\n");
        text.append("| Endpoint | Requests | Errors | Throughput | p50 | p99 | Throughput ÷ trivial | "
                + "p50 ÷ trivial | p99 ÷ trivial |\n|---|---|---|---|---|---|---|---|---|\n");
        JsonNode trivial = scenarios.path(TRIVIAL);
        scenarios.fields().forEachRemaining(entry -> row(text, entry.getKey(), entry.getValue(), trivial));
        text.append('\n');
        WORK.forEach(name -> target(name, scenarios.path(name), trivial));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, JsonNode scenario, JsonNode trivial) {
        text.append("| ").append(scenario.path("label").asText(name)).append(" | ");
        text.append(scenario.path("requests").asLong())
                .append(" | ")
                .append(scenario.path("errors").asLong());
        text.append(" | ")
                .append(Format.number(scenario.path("throughput").asDouble()))
                .append("/s | ");
        text.append(Format.micros(scenario.path("p50Micros").asDouble())).append(" | ");
        text.append(Format.micros(scenario.path("p99Micros").asDouble())).append(" | ");
        text.append(Format.ratio(ratio(scenario, trivial, "throughput"))).append(" | ");
        text.append(Format.ratio(ratio(scenario, trivial, "p50Micros"))).append(" | ");
        text.append(Format.ratio(ratio(scenario, trivial, "p99Micros"))).append(" |\n");
    }

    private void target(String name, JsonNode scenario, JsonNode trivial) {
        String target = "HTTP " + scenario.path("label").asText(name) + ": throughput ≥ 0.7× trivial";
        if (scenario.isMissingNode() || trivial.isMissingNode()) {
            targets.missing(target, "not in this run");
            return;
        }
        double ratio = ratio(scenario, trivial, "throughput");
        targets.add(target, Format.ratio(ratio), Format.gapOver(ratio, FLOOR));
    }

    private static double ratio(JsonNode scenario, JsonNode trivial, String field) {
        return scenario.path(field).asDouble() / trivial.path(field).asDouble();
    }
}
