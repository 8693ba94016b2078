package dev.why403.bench;

import dev.why403.diagnosis.Diagnoser;
import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.Findings;
import dev.why403.diagnosis.Ranking;
import dev.why403.knowledge.Cause;
import dev.why403.observation.Observation;
import dev.why403.observation.Redactor;
import dev.why403.observation.ResponseParser;
import dev.why403.release.Release;
import dev.why403.rules.FiredRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One diagnosis step on the shipped knowledge and rules, with the facts of each real-world case in turn. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShippedBench {

    private Release release;
    private Diagnoser diagnoser;
    private List<List<Fact>> inputs;
    private Set<String> causes;
    private List<String> responses;
    private int next;
    private int nextResponse;

    @Setup
    public void build() {
        release = Releases.shipped();
        diagnoser = release.diagnoser();
        inputs = ShippedInputs.of(release);
        responses = ShippedInputs.responses();
        causes = release.knowledge().causes().stream().map(Cause::id).collect(Collectors.toSet());
    }

    /** Facts in; ranked causes, ruled-out causes, steps, FAQ and the next question out. */
    @Benchmark
    public Diagnosis diagnose() {
        return diagnoser.diagnose(nextFacts(), Set.of());
    }

    /** Facts in; the rules' findings ranked, no question chosen. */
    @Benchmark
    public Ranking rank() {
        return diagnoser.rank(nextFacts());
    }

    /** Facts in; which rules fired, without ranking: the rule engine's share of a step. */
    @Benchmark
    public List<FiredRule> evaluate() {
        return release.rules().evaluate(nextFacts(), Map.of(Findings.GLOBAL, new Findings(causes)));
    }

    /** No facts: what a new rule session costs before any rule matches. */
    @Benchmark
    public List<FiredRule> emptySession() {
        return release.rules().evaluate(List.of(), Map.of(Findings.GLOBAL, new Findings(causes)));
    }

    /** Not part of a diagnosis step: a pasted response redacted, parsed and matched against every signature. */
    @Benchmark
    public Observation observe() {
        nextResponse = (nextResponse + 1) % responses.size();
        var parsed = new ResponseParser().parse(Redactor.redact(responses.get(nextResponse)));
        return release.signatures().observe(parsed, Fact.Source.RESPONSE, "pasted");
    }

    private List<Fact> nextFacts() {
        next = (next + 1) % inputs.size();
        return inputs.get(next);
    }
}
