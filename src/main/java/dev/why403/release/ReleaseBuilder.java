package dev.why403.release;

import dev.why403.knowledge.Cause;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.KnowledgeException;
import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.knowledge.KnowledgeLoader;
import dev.why403.observation.SignatureSet;
import dev.why403.rules.RuleBase;
import dev.why403.rules.RuleCompilationException;
import dev.why403.rules.RuleCompiler;
import dev.why403.rules.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds a release from knowledge and rule files: parse, cross-check, compile; all problems or a release. Knowledge
 * and compiled rules are taken from the last few builds when their files are the same, so an edit of one side
 * rebuilds that side only; the cross-checks between the two always run.
 */
public final class ReleaseBuilder {

    /** The serving release's parts and the previous one's: enough for an edit and for a rollback one step back. */
    private static final int RECENT = 2;

    /** A conclusion in a rule: the cause it names is the first string argument after the rule context. */
    private static final Pattern CONCLUSION =
            Pattern.compile("findings\\s*\\.\\s*(?:support|oppose|ruleOut)\\s*\\(\\s*\\w+\\s*,\\s*\"([^\"]*)\"");

    /** A rule that raises a cause: the cause is the first string argument after the rule context. */
    private static final Pattern SUPPORT =
            Pattern.compile("findings\\s*\\.\\s*support\\s*\\(\\s*\\w+\\s*,\\s*\"([^\"]*)\"");

    private final ClassLoader classLoader;
    private final Clock clock;
    private final RecentBuilds<LoadedKnowledge> knowledgeBuilds = new RecentBuilds<>(RECENT);
    private final RecentBuilds<RuleBase> ruleBuilds = new RecentBuilds<>(RECENT);

    public ReleaseBuilder(ClassLoader classLoader, Clock clock) {
        this.classLoader = classLoader;
        this.clock = clock;
    }

    public Release build(KnowledgeFiles knowledgeFiles, RuleFiles ruleFiles) {
        if (ruleFiles.texts().isEmpty()) {
            throw new ReleaseException(List.of(new ReleaseProblem("rules/", 0, 0, "there are no .drl files")));
        }
        LoadedKnowledge loaded =
                knowledgeBuilds.get(hash("knowledge/", knowledgeFiles.texts()), () -> loadKnowledge(knowledgeFiles));
        List<ReleaseProblem> problems = new ArrayList<>(unknownCauses(loaded.knowledge(), ruleFiles));
        problems.addAll(RuleNames.duplicates(ruleFiles));
        problems.addAll(unsupportedCauses(loaded.knowledge(), knowledgeFiles, ruleFiles));
        problems.addAll(FactReferences.check(loaded.knowledge(), ruleFiles));
        if (!problems.isEmpty()) {
            throw new ReleaseException(problems);
        }
        RuleBase rules = ruleBuilds.get(hash("rules/", ruleFiles.texts()), () -> compile(ruleFiles));
        String version = version(knowledgeFiles, ruleFiles);
        return new Release(version, clock.instant(), loaded.knowledge(), rules, loaded.signatures());
    }

    /** Rule files with characters no rule needs (YAML's parser refuses them in knowledge files already). */
    private static List<ReleaseProblem> unreadableRules(RuleFiles files) {
        List<ReleaseProblem> problems = new ArrayList<>();
        files.texts()
                .forEach((file, text) -> TextCheck.problem(text)
                        .ifPresent(problem ->
                                problems.add(new ReleaseProblem("rules/" + file, 0, 0, "the file holds " + problem))));
        return problems;
    }

    /** Knowledge with its signatures compiled: both follow from the knowledge files alone. */
    private record LoadedKnowledge(Knowledge knowledge, SignatureSet signatures) {}

    private static LoadedKnowledge loadKnowledge(KnowledgeFiles files) {
        try {
            Knowledge knowledge = new KnowledgeLoader().load(files);
            return new LoadedKnowledge(knowledge, new SignatureSet(knowledge));
        } catch (KnowledgeException e) {
            throw new ReleaseException(e.problems().stream()
                    .map(problem -> new ReleaseProblem(
                            "knowledge/" + problem.file(), problem.line(), problem.column(), problem.message()))
                    .toList());
        }
    }

    private RuleBase compile(RuleFiles files) {
        try {
            return new RuleCompiler(classLoader).compile(files);
        } catch (RuleCompilationException e) {
            throw new ReleaseException(e.problems().stream()
                    .map(problem -> new ReleaseProblem(
                            "rules/" + problem.file(), problem.line(), problem.column(), problem.message()))
                    .toList());
        }
    }

    /** Rules that conclude about a cause the knowledge does not have; caught here, with the line. */
    private static List<ReleaseProblem> unknownCauses(Knowledge knowledge, RuleFiles files) {
        Set<String> causes = knowledge.causes().stream().map(Cause::id).collect(Collectors.toSet());
        List<ReleaseProblem> problems = new ArrayList<>();
        files.texts().forEach((file, text) -> {
            Matcher matcher = CONCLUSION.matcher(text);
            while (matcher.find()) {
                if (!causes.contains(matcher.group(1))) {
                    problems.add(new ReleaseProblem(
                            "rules/" + file,
                            new LineIndex(text).lineOf(matcher.start(1)),
                            0,
                            "a rule concludes about the unknown cause '" + matcher.group(1) + "'"));
                }
            }
        });
        return problems;
    }

    /** A cause no rule supports can only rank by its prior; usually a rule misspells it or was not written yet. */
    private static List<ReleaseProblem> unsupportedCauses(
            Knowledge knowledge, KnowledgeFiles knowledgeFiles, RuleFiles ruleFiles) {
        Set<String> supported = new java.util.HashSet<>();
        ruleFiles.texts().values().forEach(text -> {
            Matcher matcher = SUPPORT.matcher(text);
            while (matcher.find()) {
                supported.add(matcher.group(1));
            }
        });
        return knowledge.causes().stream()
                .map(Cause::id)
                .filter(cause -> !supported.contains(cause))
                .map(cause -> problemAtCause(
                        knowledgeFiles,
                        cause,
                        "no rule supports the cause '" + cause
                                + "': it can never rise above its prior (write a rule with findings.support for it)"))
                .toList();
    }

    private static ReleaseProblem problemAtCause(KnowledgeFiles files, String cause, String message) {
        Pattern id = Pattern.compile("(?m)^[ \\t]*-?[ \\t]*id:[ \\t]*[\"']?" + Pattern.quote(cause) + "[\"']?[ \\t]*$");
        for (var file : files.texts().entrySet()) {
            Matcher matcher = id.matcher(file.getValue());
            if (file.getKey().endsWith("causes.yaml") && matcher.find()) {
                return new ReleaseProblem(
                        "knowledge/" + file.getKey(),
                        new LineIndex(file.getValue()).lineOf(matcher.start()),
                        0,
                        message);
            }
        }
        return new ReleaseProblem("knowledge/", 0, 0, message);
    }

    /** The first 12 hex digits of a SHA-256 over every file's path and text. */
    static String version(KnowledgeFiles knowledge, RuleFiles rules) {
        MessageDigest digest = sha256();
        feed(digest, "knowledge/", knowledge.texts());
        feed(digest, "rules/", rules.texts());
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static String hash(String prefix, Map<String, String> texts) {
        MessageDigest digest = sha256();
        feed(digest, prefix, texts);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void feed(MessageDigest digest, String prefix, Map<String, String> texts) {
        new java.util.TreeMap<>(texts).forEach((path, text) -> {
            digest.update((prefix + path + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update((text + "\0").getBytes(StandardCharsets.UTF_8));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
