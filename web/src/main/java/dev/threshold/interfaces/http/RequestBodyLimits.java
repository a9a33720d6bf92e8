package dev.threshold.interfaces.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link BodyLimitHandler} at the start of the deployment's handler chain (registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}). The listener's own max-post-size
 * (configure.cli) is the same small limit, the floor when this is absent; this raises it for the two upload routes.
 * Settings: {@code threshold.http.max-body-kib} (default 64) and the uploads' {@code threshold.footage.max-mb}
 * (default 2048), plus a megabyte for a multipart request's other parts.
 */
public class RequestBodyLimits implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(RequestBodyLimits.class.getName());
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        BodyLimits limits = limits(ConfigProvider.getConfig(deployment.getClassLoader()));
        deployment.addInitialHandlerChainWrapper(next -> new BodyLimitHandler(next, limits));
        LOG.info(() -> "Request bodies: at most " + BodyLimits.words(limits.smallBytes()) + ", uploads of footage "
                + "and set-up test clips " + BodyLimits.words(limits.uploadBytes()));
    }

    static BodyLimits limits(Config config) {
        long small = config.getOptionalValue("threshold.http.max-body-kib", Long.class)
                        .orElse(64L)
                * KIB;
        long uploads =
                config.getOptionalValue("threshold.footage.max-mb", Long.class).orElse(2048L) * MIB + MIB;
        return new BodyLimits(small, uploads);
    }
}
