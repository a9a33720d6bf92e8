package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CameraSource;
import dev.threshold.infrastructure.video.CameraSources;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The cameras that plug-in modules of the EAR (the demo) bring, found as CDI beans: their {@link CameraSource}s are
 * registered before any camera is read (the feeds depend on this bean), and their {@link RenderedFootage} stands in
 * for a recording. Without plug-ins, every camera is read by FFmpeg and recorded.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CameraPlugins {

    private static final Logger LOG = Logger.getLogger(CameraPlugins.class.getName());

    @Inject
    Instance<CameraSource> sources;

    @Inject
    Instance<RenderedFootage> footage;

    /** As found at start; none until then (and in plain Java, where nothing plugs in). */
    private volatile List<RenderedFootage> rendered = List.of();

    @PostConstruct
    void registerPlugins() {
        for (CameraSource source : sources) {
            CameraSources.register(source);
            LOG.info(() -> "Camera addresses " + source.scheme() + "… are read by a plug-in");
        }
        rendered = footage.stream().toList();
    }

    /** The rendered footage of a camera with this stream address; empty for a camera that is recorded. */
    public Optional<RenderedFootage> renderedFootage(String streamUrl) {
        return rendered.stream().filter(f -> f.renders(streamUrl)).findFirst();
    }
}
