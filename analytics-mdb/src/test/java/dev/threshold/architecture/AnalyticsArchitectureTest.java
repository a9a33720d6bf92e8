package dev.threshold.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.threshold.analytics.application.FrameAnalysisService;
import org.junit.jupiter.api.Test;

/**
 * The analytics module's rules (docs/architecture.md, "Layers"): it sees the application's API only, never the
 * infrastructure nor the demo; the vision core is plain Java (shared by the server, the benchmarks and the set-up
 * replay), and its packages depend on each other in no circle.
 */
class AnalyticsArchitectureTest {

    private static final JavaClasses ANALYTICS = ModuleClasses.of(FrameAnalysisService.class);

    @Test
    void theAnalyticsNeverUseTheInfrastructure() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.threshold.infrastructure..")
                .check(ANALYTICS);
    }

    @Test
    void theAnalyticsNeverUseTheDemo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.threshold.demo..")
                .check(ANALYTICS);
    }

    @Test
    void theVisionCoreIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("dev.threshold.analytics.vision..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "dev.threshold.infrastructure..",
                        "dev.threshold.application..",
                        "dev.threshold.analytics.application..",
                        "dev.threshold.analytics.interfaces..")
                .check(ANALYTICS);
    }

    @Test
    void theAnalyticsPackagesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.analytics.(**)")
                .should()
                .beFreeOfCycles()
                .check(ANALYTICS);
    }
}
