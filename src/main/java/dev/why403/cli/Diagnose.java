package dev.why403.cli;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.observation.HttpResponse.Header;
import dev.why403.probe.ProbeLayer;
import dev.why403.probe.ProbePlan;
import dev.why403.probe.ProbePlanLoader;
import dev.why403.probe.ProbeResult;
import dev.why403.probe.ProbeSettings;
import dev.why403.probe.Prober;
import dev.why403.probe.Refusal;
import dev.why403.release.Release;
import dev.why403.release.ReleaseBuilder;
import dev.why403.release.ReleaseException;
import dev.why403.rules.RuleFiles;
import dev.why403.session.InvalidInputException;
import dev.why403.session.ProbeInput;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diagnoses a URL from a terminal, without the web service: builds the release from the knowledge and rules folders,
 * probes the URL and prints the ranking. Run by {@code make diagnose URL=...}. Exit status: 0 diagnosed, 2 bad
 * usage, 3 target refused, 4 knowledge or rules broken.
 */
public final class Diagnose {

    private Diagnose() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        DiagnoseOptions options;
        try {
            options = DiagnoseOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("diagnose: " + e.getMessage());
            err.println(DiagnoseOptions.USAGE);
            return 2;
        }
        try {
            return diagnose(options, out, err);
        } catch (InvalidInputException e) {
            err.println("diagnose: " + e.getMessage());
            return 2;
        } catch (ReleaseException e) {
            err.println("diagnose: the knowledge or rules do not load: " + e.getMessage());
            return 4;
        }
    }

    private static int diagnose(DiagnoseOptions options, PrintStream out, PrintStream err) {
        ProbeInput input = new ProbeInput(options.url(), options.method(), headers(options.headers()));
        var request = input.toRequest("");
        Release release = new ReleaseBuilder(Diagnose.class.getClassLoader(), Clock.systemUTC())
                .build(KnowledgeFiles.read(options.knowledgeDir()), RuleFiles.read(options.rulesDir()));
        Optional<ProbePlan> plan = ProbePlanLoader.find(options.knowledgeDir()).map(new ProbePlanLoader()::load);
        if (plan.isEmpty()) {
            err.println("diagnose: no probes.yaml below " + options.knowledgeDir());
            return 4;
        }

        ProbeSettings settings = ProbeSettings.defaults().withAllowPrivateNetworks(options.allowPrivateNetworks());
        try (Prober prober = new Prober(settings)) {
            Optional<Refusal> refusal = prober.refusal(request.url());
            if (refusal.isPresent()) {
                err.println("diagnose: " + refusal.get()
                        + (options.allowPrivateNetworks() ? "" : " (--allow-private-networks probes private ones)"));
                return 3;
            }
            List<ProbeResult> results = prober.run(plan.get(), request);
            ProbeLayer layer = ProbeLayer.of(release.signatures(), plan, results);
            Diagnosis diagnosis = release.diagnoser().diagnose(facts(input, request.method(), layer), Set.of());
            new DiagnosisPrinter(out).print(layer, diagnosis);
            return 0;
        }
    }

    private static Map<String, String> headers(List<Header> headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach(header -> byName.put(header.name(), header.value()));
        return byName;
    }

    /** The request's own facts, then the probes': the same layers a session has without a pasted response. */
    private static List<Fact> facts(ProbeInput input, String method, ProbeLayer layer) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("request_method", method, Fact.Source.REQUEST, "method"));
        String scheme = input.url().strip().toLowerCase().startsWith("https:") ? "https" : "http";
        facts.add(Fact.of("url_scheme", scheme, Fact.Source.REQUEST, "url"));
        facts.add(Fact.of("credentials", input.credentialKind(), Fact.Source.REQUEST, "credentials"));
        facts.addAll(layer.facts());
        return facts;
    }
}
