package dev.why403.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL text at run time into a {@link RuleBase}. Each build gets its own module id and is removed from
 * Drools' global repository afterwards, so that old builds can be garbage collected.
 */
public final class RuleCompiler {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private static final String SOURCES = "src/main/resources/";

    /** Sessions kept ready per rule base; more are made when more evaluations run at once. */
    private static final int SESSION_POOL_SIZE = 4;

    private static final Pattern POSITION = Pattern.compile("\\bLine \\d+:(\\d+)");

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private final ClassLoader classLoader;

    public RuleCompiler(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public RuleBase compile(RuleFiles files) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId id = kie.newReleaseId("dev.why403.rules", "release-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(id);
        Map<String, String> originals = write(fileSystem, files);

        KieBuilder builder = kie.newKieBuilder(fileSystem, classLoader).buildAll();
        List<RuleProblem> problems = problems(builder, originals);
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(id);
            throw new RuleCompilationException(problems);
        }
        try {
            KieContainer container = kie.newKieContainer(id, classLoader);
            return new RuleBase(container.getKieBase(), container.newKieSessionsPool(SESSION_POOL_SIZE));
        } finally {
            kie.getRepository().removeKieModule(id);
        }
    }

    /** Writes each file under the folder of its package, as Drools expects; returns the original path of each. */
    private static Map<String, String> write(KieFileSystem fileSystem, RuleFiles files) {
        Map<String, String> originals = new HashMap<>();
        files.texts().forEach((path, text) -> {
            String target = SOURCES + packageFolder(text) + (originals.size() + 1) + "-" + fileName(path);
            fileSystem.write(target, text);
            originals.put(target, path);
        });
        return originals;
    }

    private static String packageFolder(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<RuleProblem> problems(KieBuilder builder, Map<String, String> originals) {
        List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> new RuleProblem(
                        originalPath(message.getPath(), originals),
                        message.getLine(),
                        column(message.getText()),
                        message.getText()))
                .toList();
        return withoutEchoes(problems);
    }

    /** Drools reports column 0; the parser names the real one in its text ("Line 9:17 ..."). */
    private static int column(String text) {
        Matcher matcher = POSITION.matcher(text == null ? "" : text);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** A file that failed to parse is reported twice: the error, then "no package". The second says nothing new. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        Set<String> filesWithErrors = problems.stream()
                .filter(problem -> !isEcho(problem))
                .map(RuleProblem::file)
                .collect(Collectors.toSet());
        return problems.stream()
                .filter(problem -> !isEcho(problem) || !filesWithErrors.contains(problem.file()))
                .toList();
    }

    private static boolean isEcho(RuleProblem problem) {
        return NULL_PACKAGE.equals(problem.message());
    }

    private static String originalPath(String path, Map<String, String> originals) {
        if (path == null) {
            return "";
        }
        String withPrefix = path.startsWith(SOURCES) ? path : SOURCES + path;
        return originals.getOrDefault(withPrefix, originals.getOrDefault(path, path));
    }
}
