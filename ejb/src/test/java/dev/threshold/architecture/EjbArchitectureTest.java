package dev.threshold.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the ejb module's layers (docs/architecture.md, "Layers"): the domain imports nothing of ours outside
 * the domain, JSON support is neutral, nothing outside the demo knows the demo, and no packages depend on each other
 * in a circle.
 */
class EjbArchitectureTest {

    /**
     * Production classes that still use the demo directly: none since the demo became a plug-in module of its own
     * (it registers its camera source and footage through the camera ports). Stays empty; the rule below keeps it so
     * should the demo's classes ever come back onto this module's class path.
     */
    static final Set<String> KNOWN_DEMO_USERS = Set.of();

    /**
     * Use cases that depend on each other against the flow (webhook, then verdict, then incident, then notification):
     * the incident reads the verdict's settings (review time, low-confidence limit). Emptied when those settings are
     * split by the use case that owns each.
     */
    static final Set<String> KNOWN_BACKWARD_USE_CASE_DEPENDENCIES = Set.of(
            "dev.threshold.application.incident.IncidentService -> dev.threshold.application.verdict.VerdictSettings",
            "dev.threshold.application.incident.IncidentService -> dev.threshold.application.verdict.CountingSettings");

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

    @Test
    void jsonSupportIsNeutral() {
        noClasses()
                .that()
                .resideInAPackage("dev.threshold.json..")
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
                .and(describe("are not known demo users", (JavaClass c) -> !KNOWN_DEMO_USERS.contains(outermost(c))))
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
                        describe("known demo users", (JavaClass c) -> KNOWN_DEMO_USERS.contains(outermost(c))),
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
        SliceRule rule =
                slices().matching("dev.threshold.application.(*)..").should().beFreeOfCycles();
        for (String known : KNOWN_BACKWARD_USE_CASE_DEPENDENCIES) {
            String[] originAndTarget = known.split(" -> ");
            rule = rule.ignoreDependency(originAndTarget[0], originAndTarget[1]);
        }
        rule.check(CLASSES);
    }

    @Test
    void theInfrastructurePackagesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.infrastructure.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    static String outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }
}
