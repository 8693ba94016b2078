package dev.why403.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Shared real-world cases the web tests paste. */
final class BrowserCases {

    static final Path CASES = Path.of("src/test/resources/cases/cases.yaml");

    private BrowserCases() {}

    /** Cloudflare's error 1006 page (the site banned the address), with its Ray ID. */
    static SharedCase cloudflareBan() {
        return find("cloudflare-1006-ip-banned-after-bulk-actions");
    }

    @SuppressWarnings("unchecked")
    static SharedCase find(String id) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            List<Map<String, Object>> cases = yaml.readValue(CASES.toFile(), List.class);
            Map<String, Object> found = cases.stream()
                    .filter(shared -> id.equals(shared.get("id")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no shared case " + id));
            return new SharedCase(id, (String) found.get("response_raw"), (List<String>) found.get("expected_causes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SharedCase(String id, String response, List<String> expectedCauses) {}
}
