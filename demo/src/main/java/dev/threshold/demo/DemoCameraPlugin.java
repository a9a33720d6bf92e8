package dev.threshold.demo;

import dev.threshold.application.camera.RenderedFootage;
import dev.threshold.infrastructure.video.CameraSource;
import dev.threshold.infrastructure.video.Clip;
import dev.threshold.infrastructure.video.NoRecordingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The demo camera plugged into the server: its stream ({@code demo:door}, rendered by {@link DemoCameraGrabber}) and
 * its footage ({@link DemoFootage}, rendered again for any past moment). Found as a CDI bean whether or not the demo
 * is switched on, so that a {@code demo:door} camera an administrator or a test registers works as it always has.
 */
@ApplicationScoped
public class DemoCameraPlugin implements CameraSource, RenderedFootage {

    @Override
    public String scheme() {
        return DemoCameraGrabber.SCHEME;
    }

    @Override
    public void check(String location, boolean withCredentials) {
        if (!DemoCameraGrabber.renders(location)) {
            throw new IllegalArgumentException("camera stream: " + location + " is no demo footage; the demo camera is "
                    + DemoCameraGrabber.STREAM_URL);
        }
        if (withCredentials) {
            throw new IllegalArgumentException("camera stream: the demo camera takes no user name or password");
        }
    }

    @Override
    public FrameGrabber open(String location, Clock clock) {
        return new DemoCameraGrabber(clock);
    }

    @Override
    public boolean renders(String streamUrl) {
        return DemoFootage.renders(streamUrl);
    }

    @Override
    public byte[] snapshot(Instant at, Instant now) throws NoRecordingException {
        return DemoFootage.snapshot(at, now);
    }

    @Override
    public Clip clip(Instant from, Instant to, Instant now, Path out) throws NoRecordingException {
        return DemoFootage.clip(from, to, now, out);
    }
}
