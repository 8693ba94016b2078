package dev.why403.observation;

import dev.why403.diagnosis.Fact;
import java.util.List;

/** What a response told: the facts it set, the signatures that matched it, and the vendor reference ids in it. */
public record Observation(List<Fact> facts, List<MatchedSignature> signatures, List<VendorReference> references) {

    public Observation {
        facts = List.copyOf(facts);
        signatures = List.copyOf(signatures);
        references = List.copyOf(references);
    }

    /** A signature that matched, with the layer and vendor it names. */
    public record MatchedSignature(String id, String vendor, String layer, String strength, String description) {}

    /** An id a vendor put in the response for the site owner to look up, such as a Cloudflare Ray ID. */
    public record VendorReference(String label, String value, String signature) {}
}
