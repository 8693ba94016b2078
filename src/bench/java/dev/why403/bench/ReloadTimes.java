package dev.why403.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.release.Release;
import dev.why403.release.ReleasePipeline;
import dev.why403.release.ReleaseSources;
import dev.why403.rules.RuleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a reload as the service does it ({@code ReleasePipeline.build}): files already read; knowledge parsed and
 * cross-checked, DRL compiled, the new release warmed up and its scenarios run. Each run edits a rule file (the whole
 * DRL is compiled again), then a knowledge file (the compiled rules are reused); both are timed. The first build in
 * a fresh JVM is reported apart, since it also loads and warms the compiler. Also times the first evaluation on
 * each new release after the pipeline's warm-up. Process CPU time is kept beside wall time: on a busy machine the
 * difference is time spent waiting for a core.
 *
 * <p>Arguments: the JSON file to write, then {@code label:repeats} for each rule set (for example
 * {@code shipped:5 equality-1000:3}).
 */
public final class ReloadTimes {

    private ReloadTimes() {}

    public static void main(String[] args) throws IOException {
        Map<String, Object> results = new LinkedHashMap<>();
        for (int arg = 1; arg < args.length; arg++) {
            String[] parts = args[arg].split(":");
            results.put(parts[0], time(parts[0], Integer.parseInt(parts[1])));
        }
        new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(Path.of(args[0]).toFile(), results);
    }

    private static Map<String, Object> time(String label, int repeats) {
        Sources sources = Sources.of(label);
        // One pipeline for the whole run, as the service has one for its life: it remembers what it built.
        ReleasePipeline pipeline = Releases.pipeline();
        List<Double> builds = new ArrayList<>();
        List<Double> buildCpu = new ArrayList<>();
        List<Double> knowledgeEdits = new ArrayList<>();
        List<Double> firstEvaluations = new ArrayList<>();
        int ruleCount = 0;
        for (int run = 0; run < repeats; run++) {
            RuleFiles rules = sources.rulesEdited(run);
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            Release release = pipeline.build(new ReleaseSources(sources.knowledge(), rules));
            long built = System.nanoTime();
            buildCpu.add(seconds(processCpuNanos() - cpuStarted));
            release.diagnoser().rank(List.of());
            long evaluated = System.nanoTime();
            builds.add(seconds(built - started));
            firstEvaluations.add(seconds(evaluated - built));
            ruleCount = release.rules().ruleCount();

            long knowledgeStarted = System.nanoTime();
            pipeline.build(new ReleaseSources(sources.knowledgeEdited(run), rules));
            knowledgeEdits.add(seconds(System.nanoTime() - knowledgeStarted));
            System.out.printf(
                    "%s: rules edited %.3f s, knowledge edited %.3f s, first evaluation %.3f s%n",
                    label, builds.get(run), knowledgeEdits.get(run), firstEvaluations.get(run));
        }
        sources.close();
        return Map.of(
                "rules", ruleCount,
                "buildSeconds", builds,
                "buildCpuSeconds", buildCpu,
                "knowledgeEditSeconds", knowledgeEdits,
                "firstEvaluationSeconds", firstEvaluations);
    }

    /** CPU time of the whole process, all threads: the part of a build that did not wait for a core. */
    private static long processCpuNanos() {
        return ForkBuilds.processCpuNanos();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The files of one rule set, read once: shipped from the repository, generated from a temporary folder. */
    private record Sources(KnowledgeFiles knowledge, RuleFiles rules, GeneratedFiles generated) {

        static Sources of(String label) {
            if (label.equals("shipped")) {
                return new Sources(
                        KnowledgeFiles.read(Releases.SHIPPED_KNOWLEDGE), RuleFiles.read(Releases.SHIPPED_RULES), null);
            }
            int dash = label.lastIndexOf('-');
            RuleSet set = new RuleSet(
                    RuleShape.of(label.substring(0, dash)),
                    Integer.parseInt(label.substring(dash + 1)),
                    Workload.CAUSES);
            GeneratedFiles files = GeneratedFiles.write(set);
            return new Sources(files.knowledge(), files.rules(), files);
        }

        /** The rules with a comment added to their last file: a DRL edit that changes no rule, built in full. */
        RuleFiles rulesEdited(int run) {
            return new RuleFiles(edited(rules.texts(), rules.texts().size() - 1, "\n// bench edit " + run + "\n"));
        }

        /** The knowledge with a comment added to its first file: an edit of the YAML side only. */
        KnowledgeFiles knowledgeEdited(int run) {
            return new KnowledgeFiles(edited(knowledge.texts(), 0, "\n# bench edit " + run + "\n"));
        }

        private static Map<String, String> edited(Map<String, String> texts, int index, String addition) {
            Map<String, String> copy = new LinkedHashMap<>(texts);
            String path = List.copyOf(texts.keySet()).get(index);
            copy.put(path, texts.get(path) + addition);
            return copy;
        }

        void close() {
            if (generated != null) {
                generated.delete();
            }
        }
    }
}
