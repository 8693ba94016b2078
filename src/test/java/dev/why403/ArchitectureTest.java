package dev.why403;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward: the web and API edges use the core; the core never reaches back out. */
@AnalyzeClasses(packages = "dev.why403", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowledgeDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("dev.why403.knowledge..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.why403.rules..",
                    "dev.why403.diagnosis..",
                    "dev.why403.observation..",
                    "dev.why403.probe..",
                    "dev.why403.release..",
                    "dev.why403.session..",
                    "dev.why403.api..",
                    "dev.why403.web..");

    @ArchTest
    static final ArchRule rulesKnowNothingOfTheDomain = noClasses()
            .that()
            .resideInAPackage("dev.why403.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.why403.knowledge..",
                    "dev.why403.diagnosis..",
                    "dev.why403.observation..",
                    "dev.why403.probe..",
                    "dev.why403.release..",
                    "dev.why403.session..",
                    "dev.why403.api..",
                    "dev.why403.web..");

    @ArchTest
    static final ArchRule diagnosisKnowsNoEdges = noClasses()
            .that()
            .resideInAPackage("dev.why403.diagnosis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.why403.observation..",
                    "dev.why403.probe..",
                    "dev.why403.release..",
                    "dev.why403.session..",
                    "dev.why403.api..",
                    "dev.why403.web..");

    @ArchTest
    static final ArchRule nothingBelowTheEdgesUsesThem = noClasses()
            .that()
            .resideOutsideOfPackages("dev.why403.api..", "dev.why403.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.why403.api..", "dev.why403.web..");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("dev.why403.(*)..").should().beFreeOfCycles();
}
