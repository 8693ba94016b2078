package dev.why403.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.why403.diagnosis.Fact;
import dev.why403.observation.ResponseParser;
import dev.why403.release.Release;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Facts of the real-world cases kept with the tests: the request, the pasted response through the release's
 * signatures, and the context given. One step of a session with the shipped knowledge looks like one of these.
 */
public final class ShippedInputs {

    public static final Path CASES = Path.of("src/test/resources/cases/cases.yaml");

    private ShippedInputs() {}

    public static List<List<Fact>> of(Release release) {
        return cases().stream().map(shared -> facts(release, shared)).toList();
    }

    /** The pasted response of each case, as the visitor pasted it. */
    public static List<String> responses() {
        return cases().stream()
                .map(shared -> (String) shared.get("response_raw"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> cases() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(CASES.toFile(), List.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CASES, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Fact> facts(Release release, Map<String, Object> shared) {
        List<Fact> facts = new ArrayList<>();
        Map<String, Object> request = (Map<String, Object>) shared.get("request");
        facts.add(Fact.of("request_method", (String) request.get("method"), Fact.Source.REQUEST, "method"));
        String scheme = URI.create((String) request.get("url")).getScheme();
        facts.add(Fact.of("url_scheme", scheme, Fact.Source.REQUEST, "url"));
        facts.add(Fact.of("credentials", (String) request.get("credentials"), Fact.Source.REQUEST, "credentials"));
        var response = new ResponseParser().parse((String) shared.get("response_raw"));
        facts.addAll(release.signatures()
                .observe(response, Fact.Source.RESPONSE, "pasted")
                .facts());
        Map<String, Object> context = (Map<String, Object>) shared.getOrDefault("context", Map.of());
        context.forEach((name, value) -> {
            if (!name.equals("notes")) {
                facts.add(Fact.of(name, String.valueOf(value), Fact.Source.GIVEN, null));
            }
        });
        return List.copyOf(facts);
    }
}
