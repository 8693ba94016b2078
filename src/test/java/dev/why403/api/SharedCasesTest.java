package dev.why403.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world case from public reports: its request, its pasted response and its context as facts must put one
 * of its resolved causes first.
 */
@QuarkusTest
class SharedCasesTest {

    static final Path CASES = Path.of("src/test/resources/cases/cases.yaml");

    @ParameterizedTest
    @MethodSource("cases")
    void theResolvedCauseRanksFirst(Map<String, Object> shared) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request", request(shared));
        body.put("response", shared.get("response_raw"));
        body.put("facts", contextFacts(shared));

        String top = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("diagnosis.causes[0].id");

        assertThat(top).as("case %s", shared.get("id")).isIn((List<?>) shared.get("expected_causes"));
    }

    static Stream<Named<Map<String, Object>>> cases() throws IOException {
        return readCases().stream().map(shared -> Named.of((String) shared.get("id"), shared));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readCases() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(CASES.toFile(), List.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> request(Map<String, Object> shared) {
        Map<String, Object> request = (Map<String, Object>) shared.get("request");
        return Map.of(
                "method", request.get("method"),
                "url", request.get("url"),
                "credentials", request.get("credentials"));
    }

    /** The case's context words are fact names of the vocabulary; the free-text notes are left out. */
    @SuppressWarnings("unchecked")
    static Map<String, String> contextFacts(Map<String, Object> shared) {
        Map<String, Object> context = (Map<String, Object>) shared.getOrDefault("context", Map.of());
        Map<String, String> facts = new LinkedHashMap<>();
        context.forEach((name, value) -> {
            if (!name.equals("notes")) {
                facts.put(name, String.valueOf(value));
            }
        });
        return facts;
    }
}
