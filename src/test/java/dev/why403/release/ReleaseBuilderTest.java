package dev.why403.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.why403.knowledge.KnowledgeFiles;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseBuilderTest {

    @Test
    void buildsTheFixtureWithAVersionFromItsContent() {
        Release first = Fixtures.mini();
        Release second = Fixtures.mini();

        assertThat(first.version()).hasSize(12).isEqualTo(second.version());
        assertThat(first.rules().ruleCount()).isEqualTo(6);
        assertThat(first.knowledge().causes()).hasSize(3);
    }

    @Test
    void aKnowledgeEditReusesTheCompiledRulesAndARuleEditCompilesThemAgain() {
        ReleaseBuilder builder = new ReleaseBuilder(getClass().getClassLoader(), java.time.Clock.systemUTC());
        Release first = builder.build(Fixtures.knowledge(), Fixtures.rules());

        Release knowledgeEdited = builder.build(
                Fixtures.knowledgeWith("demo/takeaways.yaml", "takeaways:\n  - Other.\n"), Fixtures.rules());
        String demo = Fixtures.rules().texts().get("demo/demo.drl");
        Release rulesEdited =
                builder.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/demo.drl", demo + "\n// edited\n"));

        assertThat(knowledgeEdited.rules()).isSameAs(first.rules());
        assertThat(knowledgeEdited.knowledge()).isNotSameAs(first.knowledge());
        assertThat(rulesEdited.rules()).isNotSameAs(first.rules());
        assertThat(rulesEdited.knowledge()).isSameAs(first.knowledge());
        assertThat(rulesEdited.version()).isNotEqualTo(first.version());
    }

    @Test
    void compiledRulesTakenFromAnEarlierBuildAreStillCheckedAgainstTheNewKnowledge() {
        ReleaseBuilder builder = new ReleaseBuilder(getClass().getClassLoader(), java.time.Clock.systemUTC());
        builder.build(Fixtures.knowledge(), Fixtures.rules());
        Map<String, String> renamed = new HashMap<>();
        Fixtures.knowledge()
                .texts()
                .forEach((file, text) -> renamed.put(
                        file, text.replace("id: token\n", "id: renamed\n").replace("[token]", "[renamed]")));

        assertThatThrownBy(() -> builder.build(new KnowledgeFiles(renamed), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReleaseProblem::toString)
                                .containsExactlyInAnyOrder(
                                        "rules/demo/demo.drl:25: a rule concludes about the unknown cause 'token'",
                                        "knowledge/demo/causes.yaml:2: no rule supports the cause 'renamed': it can never "
                                                + "rise above its prior (write a rule with findings.support for it)"));
    }

    @Test
    void aFactNothingSetsIsReportedAtItsLine() {
        String facts = Fixtures.knowledge().texts().get("demo/facts.yaml")
                + "  - name: orphan\n    meaning: Read by no one.\n    values:\n      - {value: \"yes\", meaning: Yes.}\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/facts.yaml", facts), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/facts.yaml");
                            assertThat(problem.line()).isEqualTo(25);
                            assertThat(problem.message()).contains("nothing sets the fact 'orphan'");
                        }));
    }

    @Test
    void aFactSetByWhy403ItselfNeedsNoQuestionButAKnownSource() {
        String base = Fixtures.knowledge().texts().get("demo/facts.yaml");
        String byRequest = base + "  - name: request_method\n    setBy: request\n    meaning: The method.\n"
                + "    pattern: \"[A-Z]+\"\n";
        String byMagic = byRequest.replace("setBy: request", "setBy: magic");

        assertThat(Fixtures.build(Fixtures.knowledgeWith("demo/facts.yaml", byRequest), Fixtures.rules())
                        .knowledge()
                        .fact("request_method"))
                .isPresent();
        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/facts.yaml", byMagic), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.message()).contains("set by 'magic'", "request, response, probe, given");
                            assertThat(problem.line()).isEqualTo(26);
                            assertThat(problem.column()).isEqualTo(12);
                        }));
    }

    @Test
    void aCauseNoRuleSupportsIsReportedAtTheCausesLine() {
        String drl = Fixtures.rules().texts().get("demo/demo.drl");
        String withoutLimitSupport =
                drl.replace("findings.support(drools, \"limit\"", "findings.oppose(drools, \"limit\"");

        assertThatThrownBy(() ->
                        Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/demo.drl", withoutLimitSupport)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/causes.yaml");
                            assertThat(problem.line()).isEqualTo(10);
                            assertThat(problem.message()).contains("no rule supports the cause 'limit'");
                        }));
    }

    @Test
    void aRuleReadingAnUnknownFactOrAValueTheFactNeverTakesIsReportedAtItsLine() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Misspelt\"\nwhen\n    Fact(name == \"elswhere\")\nthen\nend\n"
                        + "\nrule \"Wrong value\"\nwhen\n    Fact(name == \"elsewhere\", value in (\"yes\", \"maybe\"))\nthen\nend\n"
                        + "\nrule \"Fine\"\nwhen\n    Fact(name == \"status\", value != \"401\")\nthen\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/facts.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReleaseProblem::toString)
                                .containsExactly(
                                        "rules/demo/facts.drl:8: a rule reads the unknown fact 'elswhere' (not in any "
                                                + "facts.yaml)",
                                        "rules/demo/facts.drl:14: a rule compares the fact 'elsewhere' with 'maybe', which "
                                                + "it never takes (its values: yes, no, unknown)"));
    }

    @Test
    void aChangedFileChangesTheVersion() {
        Release changed = Fixtures.build(
                Fixtures.knowledgeWith("demo/takeaways.yaml", "takeaways:\n  - Other.\n"), Fixtures.rules());

        assertThat(changed.version()).isNotEqualTo(Fixtures.mini().version());
    }

    @Test
    void aYamlSyntaxErrorSaysWhatIsWrongAndWhereTheUnclosedPartBegan() {
        String broken = "causes:\n  - id: token\n    title: [unclosed\n    likelihood: high\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/causes.yaml", broken), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/causes.yaml");
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message())
                                    .startsWith("expected ',' or ']'")
                                    .endsWith("(while parsing a flow sequence that began at line 3, column 12)");
                        }));
    }

    @Test
    void aKeyWrittenTwiceIsReportedNotSilentlyOverwritten() {
        String twice = "causes:\n  - id: token\n    title: T\n    likelihood: high\n    likelihood: low\n"
                + "    summary: S\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/causes.yaml", twice), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/causes.yaml");
                            assertThat(problem.line()).isEqualTo(5);
                            assertThat(problem.message()).contains("Duplicate field 'likelihood'");
                        }));
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        String typo = "causes:\n  - id: token\n    title: T\n    likelihod: high\n    summary: S\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/causes.yaml", typo), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).anySatisfy(problem -> {
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message()).contains("likelihod", "likelihood");
                        }));
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        String aliased = "takeaways:\n  - &first Tests help.\n  - *first\n";

        assertThatThrownBy(
                        () -> Fixtures.build(Fixtures.knowledgeWith("demo/takeaways.yaml", aliased), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(
                                        problem -> assertThat(problem.message()).contains("anchors and aliases")));
    }

    @Test
    void aFixForAnUnknownCauseIsReportedWhereItNamesTheCause() {
        String fixes = Fixtures.knowledge().texts().get("demo/fixes.yaml") + "  - id: ghost-fix\n    title: ghost\n"
                + "    detail: D\n    difficulty: easy\n    audience: owner\n    causes: [token, ghost]\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith("demo/fixes.yaml", fixes), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/fixes.yaml");
                            assertThat(problem.line()).isEqualTo(31);
                            assertThat(problem.column()).isEqualTo(21);
                            assertThat(problem.message()).contains("unknown cause 'ghost'");
                        }));
    }

    @Test
    void aQuestionLeadingNowhereAndAMissingDontKnowAreReported() {
        String questions = "questions:\n  - id: status-seen\n    fact: status\n    text: Which?\n    answers:\n"
                + "      - {value: \"403\", label: \"403\", next: nowhere}\n";

        assertThatThrownBy(() ->
                        Fixtures.build(Fixtures.knowledgeWith("demo/questions.yaml", questions), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReleaseProblem::message)
                                .anySatisfy(message -> assertThat(message).contains("unknown question 'nowhere'"))
                                .anySatisfy(message -> assertThat(message).contains("no 'unknown'")));
    }

    @Test
    void aSignatureSettingAnUnknownFactIsReported() {
        String signatures = "signatures:\n  - id: odd\n    vendor: x\n    layer: waf\n    strength: hint\n"
                + "    description: d\n    when:\n      - body: \"x\"\n    sets:\n      colour: blue\n";

        assertThatThrownBy(() -> Fixtures.build(
                        Fixtures.knowledgeWith("demo/signatures/odd.yaml", signatures), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("knowledge/demo/signatures/odd.yaml");
                            assertThat(problem.line()).isEqualTo(2);
                            assertThat(problem.message()).contains("unknown fact 'colour'");
                        }));
    }

    @Test
    void aDrlSyntaxErrorNamesFileAndLine() {
        String drl = "package demo;\n\nimport dev.why403.diagnosis.Fact;\n\nrule \"Broken\"\nwhen\n"
                + "    Fact(name == )\nthen\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/broken.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("rules/demo/broken.drl");
                            assertThat(problem.line()).isEqualTo(7);
                            assertThat(problem.column()).isGreaterThan(0);
                        }));
    }

    @Test
    void aMisspeltCallInAConsequenceIsReportedAtItsOwnLine() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Typo\"\nwhen\n    Fact(name == \"status\")\nthen\n"
                        + "    String reason = \"x\";\n    findings.suport(drools, \"token\", 1, reason);\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/typo.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("rules/demo/typo.drl");
                            assertThat(problem.line()).isEqualTo(11);
                            assertThat(problem.message())
                                    .startsWith("in the consequence: no such method: Findings.suport(")
                                    .contains("near: findings.suport(drools")
                                    .doesNotContain("dev.why403", "org.drools", "java.lang");
                        }));
    }

    @Test
    void aMisspeltCallAfterOtherStatementsIsReportedAtItsOwnLine() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Two\"\nwhen\n    Fact(name == \"status\")\nthen\n"
                        + "    findings.support(drools, \"token\", 1, \"x\");\n    int weight = 2;\n"
                        + "    findings.opose(drools, \"network\", weight, \"y\");\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/two.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(12);
                            assertThat(problem.message())
                                    .startsWith("in the consequence: no such method: Findings.opose(");
                        }));
    }

    @Test
    void aMisspeltFieldInAConditionIsReportedAsTheCondition() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Typo\"\nwhen\n    Fact(nmae == \"status\")\nthen\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/when.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(8);
                            assertThat(problem.message())
                                    .isEqualTo(
                                            "in the condition: no such method: Fact.nmae() (near: nmae == \"status\")");
                        }));
    }

    @Test
    void anUnreadableConsequenceIsReportedAtItsLineInPlainWords() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Half\"\nwhen\n    Fact(name == \"status\")\nthen\n"
                        + "    findings.support(drools, \"token\", 1, \"x\");\n    int weight = 1 / ;\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/half.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(11);
                            assertThat(problem.message())
                                    .isEqualTo("in the consequence: cannot read this expression (an operand or a "
                                            + "bracket is missing) (near: int weight = 1 / ;)");
                        }));
    }

    @Test
    void aFileMayAskForJavaConsequencesAndItsErrorsNameTheFile() {
        String java =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\ndialect \"java\"\n\nrule \"Java\"\nwhen\n    Fact(name == \"status\")\nthen\n"
                        + "    int weight = Integer.parseInt(\"1\");\n    findings.support(drools, \"token\", weight, \"x\");\nend\n";
        Release release = Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/java.drl", java));
        assertThat(release.rules().ruleCount()).isEqualTo(7);

        String broken = java.replace("Integer.parseInt", "Integer.parse");
        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/java.drl", broken)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("rules/demo/java.drl");
                            assertThat(problem.message()).contains("parse");
                        }));
    }

    @Test
    void aRuleConcludingAboutAnUnknownCauseIsReportedWithItsLine() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"Ghost\"\nwhen\n    Fact(name == \"status\")\nthen\n"
                        + "    findings.support(drools, \"ghost\", 1, \"x\");\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/ghost.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("rules/demo/ghost.drl");
                            assertThat(problem.line()).isEqualTo(10);
                        }));
    }

    @Test
    void twoRulesWithOneNameAreReportedWithBothPlaces() {
        String drl =
                "package demo;\n\nimport dev.why403.diagnosis.Fact;\nglobal dev.why403.diagnosis.Findings findings;"
                        + "\n\nrule \"A 401 is about the token\"\nwhen\n    Fact(name == \"status\")\nthen\nend\n";

        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledge(), Fixtures.rulesWith("demo/again.drl", drl)))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("rules/demo/demo.drl");
                            assertThat(problem.line()).isEqualTo(21);
                            assertThat(problem.message())
                                    .contains("A 401 is about the token", "rules/demo/again.drl:6");
                        }));
    }
}
