package dev.threshold.interfaces.camera.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The warning a camera's page shows when the server counts with the model-free detector, which only an explicit
 * {@code threshold.detector.kind=model-free} chooses: it is a fallback that misses people who stand still or walk in
 * close together, and an administrator setting up a camera should know the counts they test are the weak ones.
 */
@Named
@ApplicationScoped
public class DetectorNotice {

    @Inject
    @ConfigProperty(name = "threshold.detector.kind", defaultValue = "auto")
    String kind;

    public boolean isModelFree() {
        return "model-free".equals(kind.strip().toLowerCase(Locale.ROOT));
    }

    public String getWarning() {
        return "People are counted with the model-free detector (threshold.detector.kind=model-free): a fallback that"
                + " misses people who stand still or walk in close together, so tailgaters go unseen. Remove the"
                + " setting (or set it to auto) to count with the bundled person detector.";
    }
}
