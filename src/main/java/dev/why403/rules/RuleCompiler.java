package dev.why403.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text at run time into a {@link RuleBase}, all files in one batch. Nothing is registered in Drools'
 * global repository (no KIE module, no Maven model), so an old rule base goes with its last reference.
 *
 * <p>Consequences are MVEL unless a file or rule says {@code dialect "java"}. MVEL consequences are analysed, in
 * strict mode, when the rules are built, so a misspelt method still fails the build; they are not compiled into Java
 * classes, which is most of what building Java consequences costs (a 10,000-rule set builds about 2.5 times faster),
 * and a rule base defines no classes that a reload would have to unload.
 */
public final class RuleCompiler {

    /** Sessions kept ready per rule base; more are made when more evaluations run at once. */
    private static final int SESSION_POOL_SIZE = 4;

    private static final Pattern POSITION = Pattern.compile("\\bLine \\d+:(\\d+)");

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private final ClassLoader classLoader;

    public RuleCompiler(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public RuleBase compile(RuleFiles files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(settings(), classLoader));
        CompositeKnowledgeBuilder batch = builder.batch();
        files.texts().forEach((path, text) -> batch.add(resource(path, text), ResourceType.DRL));
        batch.build();

        List<RuleProblem> problems = problems(builder, files);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        return new RuleBase(kieBase, kieBase.newKieSessionsPool(SESSION_POOL_SIZE));
    }

    private static Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("drools.dialect.default", "mvel");
        return settings;
    }

    private static Resource resource(String path, String text) {
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(path);
        return resource;
    }

    private static List<RuleProblem> problems(KnowledgeBuilder builder, RuleFiles files) {
        List<RuleProblem> problems = builder.getResults(ResultSeverity.ERROR).stream()
                .map(result -> problem(result, files))
                .toList();
        return withoutEchoes(problems);
    }

    private static RuleProblem problem(KnowledgeBuilderResult result, RuleFiles files) {
        String file = result.getResource() == null ? "" : result.getResource().getSourcePath();
        int line = result.getLines().length == 0 ? 0 : Math.max(result.getLines()[0], 0);
        String message = result.getMessage();

        return AnalysisMessage.parse(message)
                .map(analysis -> analysis.problem(file, line, files.texts().get(file)))
                .orElseGet(() -> new RuleProblem(file, line, column(message), message));
    }

    /** The parser reports column 0 beside the message; its text names the real one ("Line 9:17 ..."). */
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
}
