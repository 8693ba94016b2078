package dev.why403.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.diagnosis.Fact;
import dev.why403.release.Fixtures;
import org.junit.jupiter.api.Test;

class SignatureSetTest {

    private final SignatureSet signatures = Fixtures.mini().signatures();
    private final ResponseParser parser = new ResponseParser();

    @Test
    void aMatchSetsItsFactsAndTakesTheReferenceFromANamedGroup() {
        HttpResponse response = parser.parse("HTTP/1.1 403 Forbidden\nServer: ACME-edge\n\nBlock id 4711");

        Observation observation = signatures.observe(response, Fact.Source.RESPONSE, "pasted");

        assertThat(observation.facts())
                .extracting(Fact::name, Fact::value, Fact::source)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("status", "403", "response:pasted"),
                        org.assertj.core.groups.Tuple.tuple("vendor", "acme", "signature:acme-waf"));
        assertThat(observation.references()).singleElement().satisfies(reference -> {
            assertThat(reference.label()).isEqualTo("Acme block id");
            assertThat(reference.value()).isEqualTo("4711");
        });
    }

    @Test
    void allConditionsMustHold() {
        HttpResponse response = parser.parse("HTTP/1.1 403 Forbidden\nServer: nginx\n\nBlock id 4711");

        Observation observation = signatures.observe(response, Fact.Source.RESPONSE, "pasted");

        assertThat(observation.signatures()).isEmpty();
        assertThat(observation.facts()).extracting(Fact::name).containsExactly("status");
    }

    @Test
    void headerNamesMatchWhateverTheirCase() {
        HttpResponse response = parser.parse("HTTP/2 429\nX-RateLimit-Remaining: 0\n\n");

        Observation observation = signatures.observe(response, Fact.Source.RESPONSE, "pasted");

        assertThat(observation.facts())
                .extracting(Fact::name, Fact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("limit_left", "none"));
    }

    @Test
    void twoSignaturesSettingTheSameFactGiveOneFactWithBothSources() {
        HttpResponse response =
                parser.parse("HTTP/1.1 403 Forbidden\nServer: acme\nX-RateLimit-Remaining: 0\n\nBlock id 7 limit");

        Observation observation = signatures.observe(response, Fact.Source.RESPONSE, "pasted");

        assertThat(observation.facts())
                .filteredOn(fact -> fact.name().equals("vendor"))
                .singleElement()
                .satisfies(fact -> assertThat(fact.source()).isEqualTo("signature:acme-waf, signature:acme-limit"));
    }
}
