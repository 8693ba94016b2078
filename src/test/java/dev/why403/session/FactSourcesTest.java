package dev.why403.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.KnowledgeLoader;
import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import dev.why403.observation.ResponseParser;
import dev.why403.observation.SignatureSet;
import dev.why403.probe.ProbeFacts;
import dev.why403.probe.ProbePlan;
import dev.why403.probe.ProbePlanLoader;
import dev.why403.probe.ProbeResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The facts why403 sets itself are declared with {@code setBy} in the shipped vocabulary, and nothing is declared so
 * that the code never sets: the check "nothing sets this fact" trusts these declarations.
 */
class FactSourcesTest {

    static final Path KNOWLEDGE = Path.of("knowledge");

    final Knowledge knowledge = new KnowledgeLoader().load(KNOWLEDGE);

    @Test
    void theRequestFactsAreDeclaredAsSetByTheRequest() {
        Set<String> fromRequest = names(SessionFacts.of(
                knowledge,
                Optional.of(new RequestInfo("GET", "https://example.test/x", "bearer")),
                Optional.empty(),
                Map.of(),
                List.of()));

        assertThat(fromRequest).containsExactlyInAnyOrder("request_method", "url_scheme", "credentials");
        assertThat(declared("request")).isEqualTo(fromRequest);
    }

    @Test
    void theStatusIsDeclaredAsSetByTheResponse() {
        var response = new ResponseParser().parse("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nno");
        Set<String> facts = names(new SignatureSet(knowledge)
                .observe(response, Fact.Source.RESPONSE, "pasted")
                .facts());

        assertThat(facts).containsExactly("status");
        assertThat(declared("response")).containsExactly("status");
    }

    @Test
    void everyFactTheProbesCanSetIsDeclaredAsSetByTheProbes() {
        ProbePlan plan =
                new ProbePlanLoader().load(ProbePlanLoader.find(KNOWLEDGE).orElseThrow());
        Set<String> fromProbes = new HashSet<>();
        for (int status : List.of(403, 401, 200, 302, 429)) {
            List<ProbeResult> results = plan.probes().stream()
                    .map(probe -> answered(probe.id(), status))
                    .toList();
            ProbeFacts.from(plan, results).forEach(fact -> fromProbes.add(fact.name()));
        }

        assertThat(declared("probe")).isEqualTo(fromProbes);
    }

    private Set<String> declared(String setBy) {
        return knowledge.facts().stream()
                .filter(fact -> setBy.equals(fact.setBy()))
                .map(FactDefinition::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> names(List<Fact> facts) {
        return facts.stream().map(Fact::name).collect(Collectors.toSet());
    }

    private static ProbeResult answered(String probeId, int status) {
        List<Header> headers = status == 302
                ? List.of(new Header("Location", "/login"))
                : status == 429 ? List.of(new Header("Retry-After", "5")) : List.of();
        var response = new HttpResponse(Optional.of(status), headers, "");
        var sent = new ProbeResult.SentRequest("GET", "https://example.test/x", List.of());
        return new ProbeResult(
                probeId, sent, Optional.of(response), false, 5, List.of(), Optional.empty(), Optional.empty());
    }
}
