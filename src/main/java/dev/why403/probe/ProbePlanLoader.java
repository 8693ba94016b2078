package dev.why403.probe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads {@code probes.yaml} into a {@link ProbePlan}; every problem names the file and, where known, the line. */
public final class ProbePlanLoader {

    public static final String FILE = "probes.yaml";

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The plan of the first topic folder, in name order, that has a {@code probes.yaml}; empty when none has. */
    public static Optional<Path> find(Path knowledgeDir) {
        try (Stream<Path> topics = Files.list(knowledgeDir)) {
            return topics.sorted()
                    .map(topic -> topic.resolve(FILE))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge folder " + knowledgeDir, e);
        }
    }

    public ProbePlan load(Path file) {
        String yaml = read(file);
        refuseAnchorsAndAliases(file, yaml);
        try {
            ProbePlan plan = mapper.readValue(yaml, ProbePlan.class);
            if (plan == null) {
                throw new ProbePlanException(file, 0, "the file is empty");
            }
            return plan;
        } catch (JsonProcessingException e) {
            throw new ProbePlanException(file, line(e.getLocation()), problem(e));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ProbePlanException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    // Jackson reads an alias as the plain text of its name, so a plan using one would be silently misread.
    private void refuseAnchorsAndAliases(Path file, String yaml) {
        try (JsonParser parser = mapper.createParser(yaml)) {
            while (parser.nextToken() != null) {
                YAMLParser yamlParser = (YAMLParser) parser;
                if (yamlParser.getObjectId() != null || yamlParser.isCurrentAlias()) {
                    int line = line(parser.currentLocation());
                    throw new ProbePlanException(file, line, "YAML anchors and aliases are not allowed");
                }
            }
        } catch (JsonProcessingException e) {
            throw new ProbePlanException(file, line(e.getLocation()), e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProbePlanException(file, 0, "cannot be parsed: " + e.getMessage());
        }
    }

    private static String problem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        return e.getOriginalMessage().lines().findFirst().orElse("") + (path.isEmpty() ? "" : " (at " + path + ")");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            boolean field = step.getFieldName() != null;
            path.append(field ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
