package dev.threshold.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.threshold.interfaces.rest.RestApplication;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web module's rules (docs/architecture.md, "Layers"): the interfaces see the application's API only (its
 * services, records, exceptions and ports), never the infrastructure behind it nor the demo; and the use cases'
 * interface packages depend on each other in no circle.
 */
class WebArchitectureTest {

    /**
     * Web classes that still use an infrastructure type: none since the application gives the web its own records,
     * exceptions and queries (issue 19 item 2). Stays empty; never add to it.
     */
    static final Set<String> KNOWN_INFRASTRUCTURE_USERS = Set.of();

    private static final JavaClasses WEB = webClasses();

    @Test
    void theInterfacesNeverUseTheInfrastructure() {
        noClasses()
                .that(describe(
                        "are not known infrastructure users",
                        (JavaClass c) -> !KNOWN_INFRASTRUCTURE_USERS.contains(outermost(c))))
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

    /** The web module's own classes only: the ejb classes on its class path are EjbArchitectureTest's. */
    private static JavaClasses webClasses() {
        try {
            Path classes = Path.of(RestApplication.class
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
