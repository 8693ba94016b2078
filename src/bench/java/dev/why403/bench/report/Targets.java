package dev.why403.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The targets of the benchmarks, each with what was measured and the gap, gathered while sections are written. */
final class Targets {

    private final List<String> rows = new ArrayList<>();

    void add(String target, String measured, String gap) {
        rows.add("| " + target + " | " + measured + " | " + gap + " |");
    }

    void missing(String target, String why) {
        rows.add("| " + target + " | not measured | " + why + " |");
    }

    String table() {
        return "| Target | Measured | Gap |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
    }
}
