package dev.why403.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The results JMH wrote as JSON, looked up by benchmark and parameters. */
final class JmhResults {

    private final List<JsonNode> results = new ArrayList<>();

    /** Every {@code jmh-*.json} file in the folder. */
    static JmhResults read(Path folder) throws IOException {
        JmhResults jmh = new JmhResults();
        try (var files = Files.newDirectoryStream(folder, "jmh-*.json")) {
            for (Path file : files) {
                if (Files.size(file) > 0) {
                    new ObjectMapper().readTree(file.toFile()).forEach(jmh.results::add);
                }
            }
        }
        return jmh;
    }

    boolean isEmpty() {
        return results.isEmpty();
    }

    /** The sample of {@code Class.method}, with {@code shape} and {@code rules} when given. */
    Optional<Sample> find(String benchmark, String shape, String rules) {
        return results.stream()
                .filter(result -> result.path("benchmark").asText().endsWith("." + benchmark))
                .filter(result -> shape == null
                        || shape.equals(result.path("params").path("shape").asText()))
                .filter(result -> rules == null
                        || rules.equals(result.path("params").path("rules").asText()))
                .findFirst()
                .map(Sample::of);
    }

    Optional<Sample> find(String benchmark) {
        return find(benchmark, null, null);
    }

    /**
     * Median and 99th percentile in microseconds, allocation per step in bytes, the JVM's CPU time per step in
     * microseconds, and how many steps were sampled.
     */
    record Sample(double median, double p99, double bytes, double cpu, long count) {

        static Sample of(JsonNode result) {
            JsonNode primary = result.path("primaryMetric");
            JsonNode percentiles = primary.path("scorePercentiles");
            JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode cpu = result.path("secondaryMetrics").path("cpu.process.per.op");
            long count = 0;
            for (JsonNode fork : primary.path("rawDataHistogram")) {
                for (JsonNode iteration : fork) {
                    for (JsonNode bucket : iteration) {
                        count += bucket.get(1).asLong();
                    }
                }
            }
            return new Sample(
                    percentiles.path("50.0").asDouble(),
                    percentiles.path("99.0").asDouble(),
                    allocation.path("score").asDouble(Double.NaN),
                    cpu.path("score").asDouble(Double.NaN),
                    count);
        }
    }
}
