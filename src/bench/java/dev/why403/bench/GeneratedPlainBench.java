package dev.why403.bench;

import dev.why403.diagnosis.Ranking;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The same generated rules and inputs evaluated by plain Java, then ranked the same way: the engine's yardstick. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GeneratedPlainBench {

    @Param({"equality", "range", "join"})
    public String shape;

    @Param({"100", "1000", "10000"})
    public int rules;

    private Workload workload;

    @Setup
    public void build() {
        workload = new Workload(shape, rules);
    }

    /** Facts in; findings from plain Java, ranked by the service's own ranking. */
    @Benchmark
    public Ranking rank() {
        return Ranking.of(workload.knowledge(), workload.plain().evaluate(workload.nextFacts()));
    }
}
