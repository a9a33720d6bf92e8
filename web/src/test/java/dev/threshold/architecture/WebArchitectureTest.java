package dev.threshold.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.threshold.interfaces.rest.RestApplication;
import org.junit.jupiter.api.Test;

/**
 * The web module's rules (docs/architecture.md, "Layers"): the interfaces see the application's API only (its
 * services, records, exceptions and ports), never the infrastructure behind it nor the demo; and the use cases'
 * interface packages depend on each other in no circle.
 */
class WebArchitectureTest {

    private static final JavaClasses WEB = ModuleClasses.of(RestApplication.class);

    @Test
    void theInterfacesNeverUseTheInfrastructure() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.threshold.infrastructure..")
                .check(WEB);
    }

    @Test
    void theInterfacesNeverUseTheDemo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.threshold.demo..")
                .check(WEB);
    }

    @Test
    void theUseCasesInterfacesDependOnEachOtherInNoCircle() {
        slices().matching("dev.threshold.interfaces.(*)..")
                .should()
                .beFreeOfCycles()
                .check(WEB);
    }
}
