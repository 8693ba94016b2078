package dev.why403.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's JVM per operation, GC and JIT threads included. On a shared machine wall time also
 * counts the time a step waited for a core; CPU time mostly does not, so it is the steadier figure to compare.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long operations = result.getMetadata().getMeasuredOps();
        if (operations <= 0) {
            return List.of();
        }
        double micros = (processCpuNanos() - cpuAtStart) / 1000.0 / operations;
        return List.of(new ScalarResult("cpu.process.per.op", micros, "us/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
}
