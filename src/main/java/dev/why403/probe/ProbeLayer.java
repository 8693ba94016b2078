package dev.why403.probe;

import dev.why403.diagnosis.Fact;
import dev.why403.observation.Observation;
import dev.why403.observation.Observation.VendorReference;
import dev.why403.observation.SignatureSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a probe run adds to a diagnosis: each response seen through the signatures, and the facts of the run as one
 * layer. The request as given speaks first; the other probes add what it did not show, such as a vendor of another
 * layer that answered them.
 *
 * @param observations one per result, in the plan's order; empty for a probe that got no response
 */
public record ProbeLayer(List<ProbeResult> results, List<Optional<Observation>> observations, List<Fact> facts) {

    public static final ProbeLayer EMPTY = new ProbeLayer(List.of(), List.of(), List.of());

    private static final String AS_GIVEN = "as-given";

    // Several layers of one site can each name their vendor; any other fact keeps the first value seen.
    private static final String VENDOR = "vendor";

    public ProbeLayer {
        results = List.copyOf(results);
        observations = List.copyOf(observations);
        facts = List.copyOf(facts);
    }

    /** The layer of these results; without a plan only the signatures' facts are stated, not the comparisons. */
    public static ProbeLayer of(SignatureSet signatures, Optional<ProbePlan> plan, List<ProbeResult> results) {
        if (results.isEmpty()) {
            return EMPTY;
        }
        List<Optional<Observation>> observations = results.stream()
                .map(result -> result.response()
                        .map(response -> signatures.observe(response, Fact.Source.PROBE, result.probeId())))
                .toList();

        List<Fact> facts = new ArrayList<>(signatureFacts(results, observations));
        plan.ifPresent(known -> ProbeFacts.from(known, results).stream()
                .map(fact -> new Fact(fact.name(), fact.value(), fact.source()))
                .forEach(facts::add));
        return new ProbeLayer(results, observations, facts);
    }

    public List<VendorReference> references() {
        Map<String, VendorReference> unique = new LinkedHashMap<>();
        observations.stream()
                .flatMap(Optional::stream)
                .flatMap(observation -> observation.references().stream())
                .forEach(reference -> unique.putIfAbsent(reference.label() + "=" + reference.value(), reference));
        return List.copyOf(unique.values());
    }

    private static List<Fact> signatureFacts(List<ProbeResult> results, List<Optional<Observation>> observations) {
        Map<String, Fact> byNameAndValue = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (int i : asGivenFirst(results)) {
            boolean asGiven = results.get(i).probeId().equals(AS_GIVEN);
            Set<String> namedHere = new HashSet<>();
            for (Fact fact : observations.get(i).map(Observation::facts).orElse(List.of())) {
                // Only the request as given says what status the request gets; the variations are compared instead.
                boolean status = fact.name().equals("status");
                boolean fresh = !named.contains(fact.name()) || fact.name().equals(VENDOR);
                if (fresh && (asGiven || !status)) {
                    byNameAndValue.putIfAbsent(fact.name() + "=" + fact.value(), fact);
                    namedHere.add(fact.name());
                }
            }
            named.addAll(namedHere);
        }
        return List.copyOf(byNameAndValue.values());
    }

    private static List<Integer> asGivenFirst(List<ProbeResult> results) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).probeId().equals(AS_GIVEN)) {
                order.add(0, i);
            } else {
                order.add(i);
            }
        }
        return order;
    }
}
