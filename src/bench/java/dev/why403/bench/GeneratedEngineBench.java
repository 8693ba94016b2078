package dev.why403.bench;

import dev.why403.diagnosis.Diagnoser;
import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Ranking;
import dev.why403.release.Release;
import java.util.Set;
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

/** One diagnosis step through Drools on generated rule sets; the setup first checks the engine against plain Java. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GeneratedEngineBench {

    @Param({"equality", "range", "join"})
    public String shape;

    @Param({"100", "1000", "10000"})
    public int rules;

    private Workload workload;
    private Diagnoser diagnoser;

    @Setup
    public void build() {
        workload = new Workload(shape, rules);
        Release release = ForkBuilds.timed(workload.set().label(), () -> Releases.generated(workload.set()));
        int compared = Equivalence.check(release, workload.plain(), workload.inputs());
        System.out.println("Engine and plain Java agree on " + compared + " findings for "
                + workload.set().label());
        diagnoser = release.diagnoser();
    }

    /** Facts in; the rules' findings ranked, no question chosen. */
    @Benchmark
    public Ranking rank() {
        return diagnoser.rank(workload.nextFacts());
    }

    /** Facts in; ranking and the next question, which simulates the answers of the open questions. */
    @Benchmark
    public Diagnosis diagnose() {
        return diagnoser.diagnose(workload.nextFacts(), Set.of());
    }
}
