package dev.why403.release;

import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.rules.RuleFiles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Files an author proposes for the next release, by path relative to the repository ({@code knowledge/...} or
 * {@code rules/...}); a file without text is to be deleted. Checked when made: only files a release is read from,
 * never a path that leaves those two folders, and never more than a release reasonably holds.
 */
public final class ProposedFiles {

    /** Far more than the whole repository's knowledge and rules today (about 200 KiB). */
    static final int MAX_CHARS = 1024 * 1024;

    static final int MAX_FILES = 500;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private static final String KNOWLEDGE = "knowledge/";
    private static final String RULES = "rules/";

    private final Map<String, Optional<String>> files;

    private ProposedFiles(Map<String, Optional<String>> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** The files as sent, each path checked; a null text deletes the file. */
    public static ProposedFiles of(Map<String, String> files) {
        if (files == null || files.isEmpty()) {
            throw new ProposalException("/files", "send the files to change: {\"files\": {\"rules/x.drl\": \"...\"}}");
        }
        if (files.size() > MAX_FILES) {
            throw new ProposalException.TooLarge(
                    "/files", files.size() + " files were sent; at most " + MAX_FILES + " are accepted");
        }
        Map<String, Optional<String>> checked = new TreeMap<>();
        long chars = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = checkPath(file.getKey());
            if (file.getValue() != null) {
                TextCheck.problem(file.getValue()).ifPresent(problem -> {
                    throw new ProposalException(pointer(path), path + " holds " + problem);
                });
            }
            checked.put(path, Optional.ofNullable(file.getValue()));
            chars += file.getValue() == null ? 0 : file.getValue().length();
        }
        if (chars > MAX_CHARS) {
            throw new ProposalException.TooLarge(
                    "/files", "the files hold " + chars + " characters; at most " + MAX_CHARS + " are accepted");
        }
        return new ProposedFiles(checked);
    }

    /** The current files with these changes made: added, replaced or deleted. */
    ReleaseSources applyTo(ReleaseSources current) {
        Map<String, String> knowledge = new LinkedHashMap<>(current.knowledge().texts());
        Map<String, String> rules = new LinkedHashMap<>(current.rules().texts());
        files.forEach((path, text) -> {
            Map<String, String> folder = path.startsWith(KNOWLEDGE) ? knowledge : rules;
            String inFolder = path.substring(path.indexOf('/') + 1);
            if (text.isEmpty() && folder.remove(inFolder) == null) {
                throw new ProposalException(pointer(path), "there is no file " + path + " to delete");
            }
            text.ifPresent(content -> folder.put(inFolder, content));
        });
        return new ReleaseSources(new KnowledgeFiles(knowledge), new RuleFiles(rules));
    }

    public int size() {
        return files.size();
    }

    private static String checkPath(String path) {
        String field = pointer(path == null ? "" : path);
        if (path == null || !(path.startsWith(KNOWLEDGE) || path.startsWith(RULES))) {
            throw new ProposalException(field, "a file must be under knowledge/ or rules/: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw new ProposalException(
                        field,
                        "'" + path + "' is not a plain relative path: use letters, digits, '.', '_' and '-' between"
                                + " single slashes, without '..'");
            }
        }
        boolean yaml = path.endsWith(".yaml") || path.endsWith(".yml");
        if (path.startsWith(KNOWLEDGE) ? !yaml : !path.endsWith(".drl")) {
            throw new ProposalException(
                    field, "'" + path + "' would not be read: knowledge files end in .yaml, rule files in .drl");
        }
        return path;
    }

    /** A JSON pointer to the file in the request body: '/' in the key is escaped as '~1'. */
    private static String pointer(String path) {
        return "/files/" + path.replace("~", "~0").replace("/", "~1");
    }
}
