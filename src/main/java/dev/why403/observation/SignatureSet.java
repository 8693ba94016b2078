package dev.why403.observation;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Signature;
import dev.why403.observation.Observation.MatchedSignature;
import dev.why403.observation.Observation.VendorReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The knowledge's signatures with their patterns compiled once, matched against every response observed. */
public final class SignatureSet {

    private final List<CompiledSignature> signatures;
    private final Knowledge knowledge;

    public SignatureSet(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.signatures =
                knowledge.signatures().stream().map(CompiledSignature::new).toList();
    }

    /** The facts the response sets, starting with its status; {@code origin} names where the response came from. */
    public Observation observe(HttpResponse response, Fact.Source origin, String originDetail) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        response.status().ifPresent(status -> merge(facts, Fact.of("status", status.toString(), origin, originDetail)));
        List<MatchedSignature> matched = new ArrayList<>();
        List<VendorReference> references = new ArrayList<>();
        for (CompiledSignature signature : signatures) {
            signature.match(response).ifPresent(groups -> {
                matched.add(describe(signature.source()));
                factsOf(signature.source(), groups).forEach(fact -> merge(facts, fact));
                reference(signature.source(), response, groups)
                        .filter(found -> references.stream().noneMatch(known -> sameId(known, found)))
                        .ifPresent(references::add);
            });
        }
        return new Observation(List.copyOf(facts.values()), matched, references);
    }

    private static boolean sameId(VendorReference one, VendorReference other) {
        return java.util.Objects.equals(one.label(), other.label())
                && one.value().equals(other.value());
    }

    /**
     * Two signatures that set the same fact to the same value give one fact with both sources: one observation
     * must not count twice in the rules.
     */
    private static void merge(Map<String, Fact> facts, Fact fact) {
        facts.merge(
                fact.name() + "=" + fact.value(),
                fact,
                (first, second) -> new Fact(first.name(), first.value(), first.source() + ", " + second.source()));
    }

    private List<Fact> factsOf(Signature signature, Map<String, String> groups) {
        List<Fact> facts = new ArrayList<>();
        new TreeMap<>(signature.sets()).forEach((name, template) -> {
            String value = CompiledSignature.fill(template, groups).strip();
            boolean allowed =
                    knowledge.fact(name).map(fact -> fact.allows(value)).orElse(false);
            if (allowed && !value.isEmpty()) {
                facts.add(Fact.of(name, value, Fact.Source.SIGNATURE, signature.id()));
            }
        });
        return facts;
    }

    private static Optional<VendorReference> reference(
            Signature signature, HttpResponse response, Map<String, String> groups) {
        Signature.Reference reference = signature.reference();
        if (reference == null) {
            return Optional.empty();
        }
        Optional<String> value = reference.header() != null
                ? response.header(reference.header())
                : Optional.of(CompiledSignature.fill(reference.value(), groups));
        return value.map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> new VendorReference(reference.label(), text, signature.id()));
    }

    private static MatchedSignature describe(Signature signature) {
        return new MatchedSignature(
                signature.id(), signature.vendor(), signature.layer(), signature.strength(), signature.description());
    }
}
