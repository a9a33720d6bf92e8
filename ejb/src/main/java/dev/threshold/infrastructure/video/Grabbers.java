package dev.threshold.infrastructure.video;

import java.time.Clock;
import java.time.Duration;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Opens a stream with the options that keep a dead or slow camera from hanging a thread; a rendered camera (a
 * plugged-in {@link CameraSource}, such as the demo's) is opened by its plug-in rather than decoded.
 */
final class Grabbers {

    static {
        // FFmpeg's own log goes to the server's stderr, unformatted and sometimes quoting addresses; failures reach
        // the administrator through the health view instead, in words and without credentials.
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private Grabbers() {}

    /** The grabber that reads a camera's pictures: its plug-in's for a rendered camera, FFmpeg's for the others. */
    static FrameGrabber open(StreamSource source, Duration timeout, boolean rtspOverUdp, Clock clock) {
        return source.kind() == StreamSource.Kind.RENDERED
                ? CameraSources.serving(source.location()).orElseThrow().open(source.location(), clock)
                : create(source, timeout, rtspOverUdp);
    }

    /** An FFmpeg grabber, for decoding and for copying the encoded packets (recording). */
    static FFmpegFrameGrabber create(StreamSource source, Duration timeout) {
        return create(source, timeout, false);
    }

    /**
     * @param rtspOverUdp RTP over UDP instead of TCP, for the cameras and relays that refuse TCP: UDP loses packets
     *                    on busy networks and is blocked by most firewalls (smeared frames would look like motion to
     *                    the analysis), so TCP is always tried first
     */
    static FFmpegFrameGrabber create(StreamSource source, Duration timeout, boolean rtspOverUdp) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.openUrl());
        String micros = Long.toString(timeout.toNanos() / 1000);
        switch (source.kind()) {
            case RTSP -> {
                grabber.setOption("rtsp_transport", rtspOverUdp ? "udp" : "tcp");
                // For the RTSP demuxer "timeout" is the socket I/O time-out in microseconds (FFmpeg 5+).
                grabber.setOption("timeout", micros);
            }
            case HTTP -> {
                grabber.setOption("timeout", micros);
                grabber.setOption("rw_timeout", micros);
                grabber.setOption("reconnect", "0");
            }
            case FILE, RENDERED -> {}
        }
        // FFmpeg opens only the protocols of the stream's kind: a playlist or a redirect cannot lead it to a local
        // file, another protocol or a nested stream (StreamRules checks the address itself when it is saved).
        grabber.setOption("protocol_whitelist", StreamRules.protocolWhitelist(source));
        // Cameras rarely declare their stream fully up front; probing a second is enough and keeps start-up short.
        grabber.setOption("analyzeduration", "1000000");
        return grabber;
    }
}
