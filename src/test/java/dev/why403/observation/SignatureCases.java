package dev.why403.observation;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the signature tests of the shipped knowledge share: a case is a signature id, a realistic response and the
 * facts it must set; the unrelated responses are paired with every id so that none of them may match.
 */
final class SignatureCases {

    static final SignatureSet SHIPPED = new SignatureSet(new KnowledgeLoader().load(Path.of("knowledge")));

    private static final ResponseParser PARSER = new ResponseParser();

    private SignatureCases() {}

    /** A case named after its signature: the response, the facts it must set, and the signature id. */
    static Arguments signatureCase(String id, String raw, Map<String, String> facts) {
        return Arguments.of(Named.of(id, raw), facts, id);
    }

    /** The signature ids of these cases. */
    static List<String> ids(Stream<Arguments> cases) {
        return cases.map(arguments -> ((Named<?>) arguments.get()[0]).getName()).toList();
    }

    /** Every named response paired with every signature id. */
    static Stream<Arguments> pairedWithEveryId(Map<String, String> responses, List<String> ids) {
        return responses.entrySet().stream()
                .flatMap(response ->
                        ids.stream().map(id -> Arguments.of(Named.of(response.getKey(), response.getValue()), id)));
    }

    /** The facts as (name, value) tuples, for comparing with an observation's facts. */
    static Tuple[] factTuples(Map<String, String> facts) {
        return facts.entrySet().stream()
                .map(fact -> Tuple.tuple(fact.getKey(), fact.getValue()))
                .toArray(Tuple[]::new);
    }

    /** What the shipped signatures make of a pasted response. */
    static Observation observe(String raw) {
        return SHIPPED.observe(PARSER.parse(raw), Fact.Source.RESPONSE, "pasted");
    }
}
