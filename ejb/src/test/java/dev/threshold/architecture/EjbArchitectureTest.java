package dev.threshold.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the ejb module's layers (docs/architecture.md, "Layers"): the domain imports nothing of ours outside
 * the domain, JSON support and the walk along causes are neutral, nothing outside the demo knows the demo, and no packages depend on each other
 * in a circle.
 */
class EjbArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.threshold");

    @Test
    void theDomainImportsNothingOfOursOutsideTheDomain() {
        noClasses()
                .that()
                .resideInAPackage("dev.threshold.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.threshold.application..",
                        "dev.threshold.infrastructure..",
                        "dev.threshold.interfaces..",
                        "dev.threshold.demo..",
                        "dev.threshold.analytics..")
                .check(CLASSES);
    }

    /** The JSON provider and the walk along a failure's causes, which every layer uses. */
    @ParameterizedTest
    @ValueSource(strings = {"dev.threshold.json..", "dev.threshold.failure.."})
    void supportEveryLayerUsesIsNeutral(String support) {
        noClasses()
                .that()
                .resideInAPackage(support)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.threshold.application..",
                        "dev.threshold.infrastructure..",
                        "dev.threshold.domain..",
                        "dev.threshold.demo..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheDemoUsesTheDemo() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.threshold.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.threshold.demo..")
                .check(CLASSES);
    }

    @Test
    void theLayersDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        describe("anything", (JavaClass c) -> true),
                        describe("the demo", (JavaClass c) -> c.getPackageName().startsWith("dev.threshold.demo")))
                .check(CLASSES);
    }

    @Test
    void theDomainsAggregatesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theUseCasesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.application.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theInfrastructurePackagesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.infrastructure.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
