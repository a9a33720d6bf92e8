package dev.threshold.infrastructure.video;

import java.time.Clock;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A camera whose pictures a plug-in delivers itself rather than FFmpeg decoding them from the network or a file, under
 * an address scheme of its own (the demo's {@code demo:door}). A plug-in module makes its implementation a CDI bean;
 * the application registers every such bean in {@link CameraSources} when it starts, and {@link StreamSource} then
 * accepts its addresses as {@link StreamSource.Kind#RENDERED}. A rendered camera has no encoded stream: it is read,
 * not recorded.
 */
public interface CameraSource {

    /** The address prefix it serves, in lower case with its colon, e.g. {@code demo:}. */
    String scheme();

    /**
     * Refuses, in words, an address of its scheme it cannot open, or credentials it does not take.
     *
     * @throws IllegalArgumentException saying what is wrong and what to do
     */
    void check(String location, boolean withCredentials);

    /** A grabber that delivers the camera's pictures in real time, started and read like FFmpeg's. */
    FrameGrabber open(String location, Clock clock);
}
