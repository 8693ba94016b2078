package dev.why403.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.why403.knowledge.KnowledgeProblem.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a record, turning every mistake into a problem with file, line and column.
 * Anchors and aliases are refused: Jackson would read an alias as the plain text of its name.
 */
public final class YamlReader {

    /** A knowledge file larger than this is a mistake, not knowledge. */
    public static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    private final ObjectMapper mapper;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        // A key written twice would otherwise silently keep its second value.
        this.mapper = new ObjectMapper(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** The parsed document, or empty after reporting each problem to {@code problems}. */
    public <T> Optional<T> read(String file, String text, Class<T> type, Consumer<KnowledgeProblem> problems) {
        try {
            if (refuseAnchors(file, text, problems)) {
                return Optional.empty();
            }
            return Optional.ofNullable(mapper.readValue(text, type));
        } catch (UnrecognizedPropertyException e) {
            Location at = keyLocation(text, e.getPropertyName()).orElse(locationOf(e.getLocation()));
            problems.accept(KnowledgeProblem.at(file, at, describe(e)));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.accept(syntaxProblem(file, e)
                    .orElseGet(() -> KnowledgeProblem.at(file, locationOf(e.getLocation()), describe(e))));
            return Optional.empty();
        } catch (IOException e) {
            problems.accept(new KnowledgeProblem(file, 0, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Where each id (or fact name) is written in the text, so later checks can point at the line. */
    public Map<String, Location> idLocations(String text) {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && isIdField(parser.currentName())) {
                    parser.nextToken();
                    locations.putIfAbsent(parser.getText(), locationOf(parser.currentTokenLocation()));
                }
            }
        } catch (IOException e) {
            // The document was already read without error; a failure here only costs line numbers.
            return locations;
        }
        return locations;
    }

    private static boolean isIdField(String name) {
        return "id".equals(name) || "name".equals(name);
    }

    private boolean refuseAnchors(String file, String text, Consumer<KnowledgeProblem> problems) throws IOException {
        try (YAMLParser parser = (YAMLParser) mapper.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.getObjectId() != null || parser.isCurrentAlias()) {
                    Location at = locationOf(parser.currentTokenLocation());
                    problems.accept(KnowledgeProblem.at(
                            file,
                            at,
                            "YAML anchors and aliases are not allowed in knowledge files; write the text out"));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Records are built only once their whole mapping is read, so Jackson reports an unknown key at the mapping's
     * end; the key's own line is what an author needs.
     */
    private static Optional<Location> keyLocation(String text, String key) {
        Pattern keyLine = Pattern.compile("(?m)^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:");
        Matcher matcher = keyLine.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int line = (int) text.substring(0, matcher.start())
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        return Optional.of(new Location(line, matcher.group(1).length() + 1));
    }

    private static Location locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.UNKNOWN;
        }
        return new Location(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /**
     * A YAML syntax error as SnakeYAML found it: the problem where it was noticed, and where the construct it was
     * reading began (often the line the author has to fix, such as an unclosed bracket or quote).
     */
    private static Optional<KnowledgeProblem> syntaxProblem(String file, JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark at = marked.getProblemMark();
                String message = marked.getProblem();
                if (marked.getContext() != null && marked.getContextMark() != null) {
                    Mark context = marked.getContextMark();
                    message += " (" + marked.getContext() + " that began at line " + (context.getLine() + 1)
                            + ", column " + (context.getColumn() + 1) + ")";
                }
                return Optional.of(new KnowledgeProblem(file, at.getLine() + 1, at.getColumn() + 1, message));
            }
        }
        return Optional.empty();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            return "unknown key '" + unknown.getPropertyName() + "'; allowed here: " + String.join(", ", known);
        }
        String message = e.getOriginalMessage();
        int detail = message.indexOf("problem: ");
        return detail >= 0 ? message.substring(detail + "problem: ".length()) : JacksonMessages.plain(message);
    }
}
