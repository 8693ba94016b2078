package dev.why403.bench.report;

import dev.why403.bench.report.JmhResults.Sample;
import java.util.List;
import java.util.Optional;

/** The in-process figures: one step on the shipped knowledge, where its time goes, and the generated rule sets. */
final class EngineSection {

    static final double SHIPPED_LIMIT_MICROS = 50;
    static final double LARGE_LIMIT_MICROS = 500;
    static final List<String> SHAPES = List.of("equality", "range", "join");
    static final List<String> SIZES = List.of("100", "1000", "10000");

    private final JmhResults jmh;
    private final Targets targets;
    private final StringBuilder text = new StringBuilder();

    EngineSection(JmhResults jmh, Targets targets) {
        this.jmh = jmh;
        this.targets = targets;
    }

    String write() {
        text.append("## Engine, in process (JMH, SampleTime)\n\n");
        if (jmh.isEmpty()) {
            targets.missing("Shipped knowledge: step median ≤ 50 µs", "the JMH phase did not run");
            return text.append("Not run.\n\n").toString();
        }
        shipped();
        generated();
        return text.toString();
    }

    private void shipped() {
        text.append("### Shipped knowledge (`knowledge/`, `rules/`), the facts of each shared case in turn\n\n");
        text.append(
                "| Step | Median | p99 | CPU per step | Allocated per step | Samples |\n|---|---|---|---|---|---|\n");
        row("`Diagnoser.diagnose`: rules, ranking, next question", jmh.find("ShippedBench.diagnose"));
        row("`Diagnoser.rank`: rules and ranking", jmh.find("ShippedBench.rank"));
        row("`RuleBase.evaluate`: rules only", jmh.find("ShippedBench.evaluate"));
        row("`RuleBase.evaluate` with no facts: a session alone", jmh.find("ShippedBench.emptySession"));
        text.append('\n');
        jmh.find("ShippedBench.observe").ifPresent(this::observation);
        shares();
        jmh.find("ShippedBench.diagnose")
                .ifPresentOrElse(
                        sample -> targets.add(
                                "Shipped knowledge: step median ≤ 50 µs",
                                describe(sample),
                                Format.gapUnder(sample.median(), SHIPPED_LIMIT_MICROS)),
                        () -> targets.missing("Shipped knowledge: step median ≤ 50 µs", "no result"));
    }

    private void observation(Sample sample) {
        text.append("Before a step, outside it: a pasted response redacted, parsed and matched against every "
                        + "signature takes ")
                .append(Format.micros(sample.median()))
                .append(" (median; p99 ")
                .append(Format.micros(sample.p99()))
                .append(", ")
                .append(Format.bytes(sample.bytes()))
                .append(" allocated). Creating a session over HTTP does this once (after a plain parse that checks"
                        + " the text is HTTP), then one step.\n\n");
    }

    /** CPU per step subtracted from each other: steadier than wall time on a busy machine, still rough. */
    private void shares() {
        Optional<Sample> diagnose = jmh.find("ShippedBench.diagnose");
        Optional<Sample> rank = jmh.find("ShippedBench.rank");
        Optional<Sample> evaluate = jmh.find("ShippedBench.evaluate");
        Optional<Sample> empty = jmh.find("ShippedBench.emptySession");
        if (diagnose.isEmpty() || rank.isEmpty() || evaluate.isEmpty() || empty.isEmpty()) {
            return;
        }
        double total = diagnose.get().cpu();
        text.append("Where a step's time goes, from the CPU per step of each benchmark (each from its own fork, so "
                + "the differences are rough; GC and JIT threads included):\n\n");
        share("a new rule session, listener, globals, dispose", empty.get().cpu(), total);
        share(
                "inserting the facts and firing the rules",
                evaluate.get().cpu() - empty.get().cpu(),
                total);
        share("ranking the findings", rank.get().cpu() - evaluate.get().cpu(), total);
        share("choosing the next question", total - rank.get().cpu(), total);
        text.append('\n');
    }

    private void share(String part, double micros, double total) {
        if (micros < 0) {
            text.append("- ").append(part).append(": lost in the noise (the difference came out negative)\n");
            return;
        }
        text.append("- ")
                .append(part)
                .append(": ")
                .append(Format.micros(micros))
                .append(" (")
                .append(Format.number(100 * micros / total))
                .append(" %)\n");
    }

    private void generated() {
        text.append("### Generated rule sets: Drools against plain Java on the same rules and facts\n\n");
        text.append("Ten facts per step, five to ten rules firing, twenty causes. Before measuring, each engine "
                + "fork checks that Drools and the plain evaluator conclude the same findings for 256 inputs. The "
                + "full step (diagnose: ranking plus choosing among two open questions, six simulated answers) is "
                + "measured at the largest size only, since every engine fork pays for its own build.\n\n");
        text.append("| Shape | Rules | Engine rank median / p99 | Plain rank median / p99 | Engine ÷ plain: median, "
                + "CPU | Engine diagnose median / p99 | CPU per step: engine rank / plain | Allocated: engine rank "
                + "/ plain |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        SHAPES.forEach(shape -> SIZES.forEach(size -> generatedRow(shape, size)));
        text.append('\n');
        largeTarget();
    }

    private void generatedRow(String shape, String size) {
        Optional<Sample> engine = jmh.find("GeneratedEngineBench.rank", shape, size);
        Optional<Sample> plain = jmh.find("GeneratedPlainBench.rank", shape, size);
        Optional<Sample> diagnose = jmh.find("GeneratedEngineBench.diagnose", shape, size);
        if (engine.isEmpty() && plain.isEmpty()) {
            return;
        }
        String ratio = engine.isPresent() && plain.isPresent()
                ? Format.ratio(engine.get().median() / plain.get().median()) + ", "
                        + Format.ratio(engine.get().cpu() / plain.get().cpu())
                : "–";
        text.append("| ").append(shape).append(" | ").append(size).append(" | ");
        text.append(pair(engine))
                .append(" | ")
                .append(pair(plain))
                .append(" | ")
                .append(ratio)
                .append(" | ");
        text.append(pair(diagnose)).append(" | ");
        text.append(engine.map(sample -> Format.micros(sample.cpu())).orElse("–"))
                .append(" / ");
        text.append(plain.map(sample -> Format.micros(sample.cpu())).orElse("–"))
                .append(" | ");
        text.append(engine.map(sample -> Format.bytes(sample.bytes())).orElse("–"))
                .append(" / ");
        text.append(plain.map(sample -> Format.bytes(sample.bytes())).orElse("–"))
                .append(" |\n");
    }

    private void largeTarget() {
        String target = "10,000 rules: step median ≤ 0.5 ms";
        Optional<Sample> worst = SHAPES.stream()
                .map(shape -> jmh.find("GeneratedEngineBench.diagnose", shape, "10000"))
                .flatMap(Optional::stream)
                .max(java.util.Comparator.comparingDouble(Sample::median));
        worst.ifPresentOrElse(
                sample -> targets.add(
                        target,
                        "slowest shape " + Format.micros(sample.median()) + " (p99 " + Format.micros(sample.p99())
                                + ")",
                        Format.gapUnder(sample.median(), LARGE_LIMIT_MICROS)),
                () -> targets.missing(target, "no 10,000-rule result"));
    }

    private static String describe(Sample sample) {
        return Format.micros(sample.median()) + " (p99 " + Format.micros(sample.p99()) + "; CPU per step "
                + Format.micros(sample.cpu()) + ")";
    }

    private static String pair(Optional<Sample> sample) {
        return sample.map(found -> Format.micros(found.median()) + " / " + Format.micros(found.p99()))
                .orElse("–");
    }

    private void row(String label, Optional<Sample> sample) {
        sample.ifPresent(found -> text.append("| ")
                .append(label)
                .append(" | ")
                .append(Format.micros(found.median()))
                .append(" | ")
                .append(Format.micros(found.p99()))
                .append(" | ")
                .append(Format.micros(found.cpu()))
                .append(" | ")
                .append(Format.bytes(found.bytes()))
                .append(" | ")
                .append(found.count())
                .append(" |\n"));
    }
}
