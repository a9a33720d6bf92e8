package dev.threshold.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.threshold.analytics.application.FrameAnalysisService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The analytics module's rules (docs/architecture.md, "Layers"): it sees the application's API only, never the
 * infrastructure nor the demo; the vision core is plain Java (shared by the server, the benchmarks and the set-up
 * replay), and its packages depend on each other in no circle.
 */
class AnalyticsArchitectureTest {

    /**
     * Analytics classes that still use an infrastructure type: none since the frame path, the frame store's JPEG and
     * the video probe are reached through the application (issue 19 item 2). Stays empty; never add to it.
     */
    static final Set<String> KNOWN_INFRASTRUCTURE_USERS = Set.of();

    /** Vision classes that are not plain Java yet: none since ClipReplay is given the frame store's trip. Stays empty. */
    static final Set<String> KNOWN_NOT_PLAIN_JAVA = Set.of();

    private static final JavaClasses ANALYTICS = analyticsClasses();

    @Test
    void theAnalyticsNeverUseTheInfrastructure() {
        noClasses()
                .that(describe(
                        "are not known infrastructure users",
                        (JavaClass c) -> !KNOWN_INFRASTRUCTURE_USERS.contains(outermost(c))))
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
                .and(describe(
                        "are not known exceptions", (JavaClass c) -> !KNOWN_NOT_PLAIN_JAVA.contains(outermost(c))))
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

    /** The module's own classes only: the ejb classes on its class path are EjbArchitectureTest's. */
    private static JavaClasses analyticsClasses() {
        try {
            Path classes = Path.of(FrameAnalysisService.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter().importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }
}
