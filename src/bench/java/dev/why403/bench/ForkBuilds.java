package dev.why403.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the release build each JMH fork does in its setup, and appends it to {@code builds.tsv} in the folder the
 * system property {@code bench.out} names (nothing is written without it). Each is the first build in a fresh JVM.
 */
public final class ForkBuilds {

    private ForkBuilds() {}

    public static <T> T timed(String label, Supplier<T> build) {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        T built = build.get();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuStarted) / 1e9;
        append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f%n", label, wall, cpu));
        return built;
    }

    private static void append(String line) {
        String out = System.getProperty("bench.out");
        if (out == null) {
            return;
        }
        try {
            Files.writeString(Path.of(out, "builds.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the build time", e);
        }
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
}
