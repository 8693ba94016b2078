package dev.why403.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The release builds the JMH forks timed in their setups, by rule set: each the first build in a fresh JVM. */
final class ForkBuildTimes {

    private final Map<String, List<double[]>> byLabel = new LinkedHashMap<>();

    static ForkBuildTimes read(Path file) throws IOException {
        ForkBuildTimes times = new ForkBuildTimes();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split("\t");
                times.byLabel
                        .computeIfAbsent(fields[0], label -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])});
            }
        }
        return times;
    }

    boolean isEmpty() {
        return byLabel.isEmpty();
    }

    Map<String, List<double[]>> all() {
        return byLabel;
    }

    /** Wall and CPU seconds of every build of rule sets with this many rules. */
    List<double[]> ofSize(int rules) {
        List<double[]> builds = new ArrayList<>();
        byLabel.forEach((label, times) -> {
            if (label.endsWith("-" + rules)) {
                builds.addAll(times);
            }
        });
        return builds;
    }
}
