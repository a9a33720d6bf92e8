package dev.threshold.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One module's own classes for its architecture test: the web's and the analytics' tests see the ejb classes on their
 * class path too, and those are EjbArchitectureTest's to judge.
 */
public final class ModuleClasses {

    private ModuleClasses() {}

    /** The classes of the directory or jar that holds {@code anyClassOfTheModule}. */
    public static JavaClasses of(Class<?> anyClassOfTheModule) {
        try {
            Path classes = Path.of(anyClassOfTheModule
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter().importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
