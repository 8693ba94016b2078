package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProbeFactsTest {

    private static final ProbePlan PLAN =
            new ProbePlan(new ProbePlan.UserAgents("Mozilla/5.0", "curl/8"), "(?i)/login([/?]|$)", List.of());

    private static ProbeResult answered(String probeId, int status, Header... headers) {
        var response = new HttpResponse(Optional.of(status), List.of(headers), "");
        var sent = new ProbeResult.SentRequest("GET", "https://example.test/x", List.of());
        return new ProbeResult(
                probeId, sent, Optional.of(response), false, 5, List.of(), Optional.empty(), Optional.empty());
    }

    private static ProbeResult failed(String probeId) {
        var sent = new ProbeResult.SentRequest("GET", "https://example.test/x", List.of());
        return new ProbeResult(
                probeId, sent, Optional.empty(), false, 5, List.of(), Optional.empty(), Optional.of("timed out"));
    }

    private static Map<String, String> facts(ProbeResult... results) {
        List<ProbeFact> facts = ProbeFacts.from(PLAN, List.of(results));
        assertThat(facts).allMatch(fact -> fact.source().startsWith("probe:"));
        return ProbeFacts.asMap(facts);
    }

    @Test
    void statusOfEveryProbeAndNoneWithoutAnswer() {
        assertThat(facts(answered("as-given", 403), failed("other-scheme")))
                .containsEntry("probe_as_given_status", "403")
                .containsEntry("probe_other_scheme_status", "none");
    }

    @Test
    void targetTheProberMayNotReach() {
        var sent = new ProbeResult.SentRequest("GET", "http://10.0.0.1/", List.of());
        var refusal = new Refusal("10.0.0.1", "is a private network address");
        var refused = new ProbeResult(
                "as-given", sent, Optional.empty(), false, 0, List.of(), Optional.of(refusal), Optional.empty());

        assertThat(facts(refused))
                .containsEntry("probe_target_refused", "yes")
                .containsEntry("probe_as_given_status", "none")
                .doesNotContainKey("probe_retry_after_present");
        assertThat(facts(answered("as-given", 403))).containsEntry("probe_target_refused", "no");
    }

    @Test
    void comparisonNeedsBothProbesAnswered() {
        Map<String, String> facts = facts(answered("as-given", 403), failed("without-credentials"));

        assertThat(facts).doesNotContainKeys("credentials_read_but_refused", "user_agent_dependent");
    }

    @Test
    void sameRefusalEverywhereSaysNoToEveryComparison() {
        Map<String, String> facts = facts(
                answered("as-given", 403),
                answered("without-credentials", 403),
                answered("head", 403),
                answered("browser-user-agent", 403),
                answered("script-user-agent", 403),
                answered("with-referer-origin", 403),
                answered("without-referer-origin", 403),
                answered("trailing-slash-toggled", 403),
                answered("other-scheme", 403));

        assertThat(facts)
                .containsEntry("credentials_read_but_refused", "no")
                .containsEntry("user_agent_dependent", "no")
                .containsEntry("method_dependent", "no")
                .containsEntry("referer_dependent", "no")
                .containsEntry("trailing_slash_dependent", "no")
                .containsEntry("scheme_dependent", "no");
    }

    @Test
    void refererCheckThatRefusesAPresentOriginCountsToo() {
        Map<String, String> facts =
                facts(answered("with-referer-origin", 403), answered("without-referer-origin", 200));

        assertThat(facts).containsEntry("referer_dependent", "yes");
    }

    @Test
    void retryAfterAndSchemeAndSlash() {
        Map<String, String> facts = facts(
                answered("as-given", 403, new Header("retry-after", "120")),
                answered("other-scheme", 200),
                answered("trailing-slash-toggled", 204));

        assertThat(facts)
                .containsEntry("probe_retry_after_present", "yes")
                .containsEntry("probe_redirected_to_login", "no")
                .containsEntry("scheme_dependent", "yes")
                .containsEntry("trailing_slash_dependent", "yes");
    }
}
