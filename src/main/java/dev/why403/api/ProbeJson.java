package dev.why403.api;

import dev.why403.observation.HttpResponse;
import dev.why403.observation.HttpResponse.Header;
import dev.why403.observation.Observation;
import dev.why403.probe.ProbeLayer;
import dev.why403.probe.ProbeResult;
import dev.why403.probe.ProbeResult.Redirect;
import dev.why403.probe.ProbeResult.SentRequest;
import dev.why403.probe.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One probe of a session as shown: the request as sent and what came back, every credential already redacted. The
 * body is cut to an excerpt; the signatures saw it whole (up to the body cap).
 */
public record ProbeJson(
        String id,
        SentRequest request,
        Integer status,
        List<Header> headers,
        String body,
        boolean bodyTruncated,
        long millis,
        List<Redirect> redirects,
        Refusal refusal,
        String error,
        List<Observation.MatchedSignature> signatures,
        List<Observation.VendorReference> references) {

    static final int EXCERPT_CHARS = 2048;

    static List<ProbeJson> of(ProbeLayer layer) {
        List<ProbeJson> probes = new ArrayList<>();
        for (int i = 0; i < layer.results().size(); i++) {
            probes.add(of(layer.results().get(i), layer.observations().get(i)));
        }
        return probes;
    }

    private static ProbeJson of(ProbeResult result, Optional<Observation> observation) {
        Optional<HttpResponse> response = result.response();
        String body = response.map(HttpResponse::body).orElse("");
        boolean cut = body.length() > EXCERPT_CHARS;
        return new ProbeJson(
                result.probeId(),
                result.sent(),
                result.status().orElse(null),
                response.map(HttpResponse::headers).orElse(List.of()),
                cut ? body.substring(0, EXCERPT_CHARS) : body,
                cut || result.bodyTruncated(),
                result.millis(),
                result.redirects(),
                result.refusal().orElse(null),
                result.error().orElse(null),
                observation.map(Observation::signatures).orElse(List.of()),
                observation.map(Observation::references).orElse(List.of()));
    }
}
