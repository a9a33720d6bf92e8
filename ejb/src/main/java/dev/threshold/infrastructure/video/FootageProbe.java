package dev.threshold.infrastructure.video;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Looks at an uploaded video file before it is analysed: is it video at all, can this server decode it, how long and
 * when was it recorded. Refusals are in words an administrator can act on.
 */
public final class FootageProbe {

    /**
     * What the file holds.
     *
     * @param recordedAt the recording time the file itself states (its {@code creation_time}), or null
     */
    public record Footage(String codec, int width, int height, double fps, Duration length, Instant recordedAt) {}

    private FootageProbe() {}

    /** @throws IllegalArgumentException when the file is not video, or its codec cannot be decoded here */
    public static Footage probe(Path file) {
        StreamSource source = StreamSource.of(file);
        try (FFmpegFrameGrabber grabber = Grabbers.create(source, Duration.ofSeconds(10))) {
            try {
                grabber.start();
            } catch (FFmpegFrameGrabber.Exception e) {
                throw new IllegalArgumentException(
                        CodecCheck.undecodableVideo(source, Duration.ofSeconds(10))
                                .map(FootageProbe::unsupported)
                                .orElseGet(() -> words(StreamFailures.describe(source, e))),
                        e);
            }
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                throw new IllegalArgumentException("not a video: the file contains no video stream");
            }
            checkResolution(grabber.getImageWidth(), grabber.getImageHeight());
            String codec = avcodec.avcodec_get_name(grabber.getVideoCodec()).getString();
            if (avcodec.avcodec_find_decoder(grabber.getVideoCodec()) == null) {
                throw new IllegalArgumentException(unsupported(codec));
            }
            Frame first;
            try {
                first = grabber.grabImage();
            } catch (FFmpegFrameGrabber.Exception e) {
                throw new IllegalArgumentException(words(StreamFailures.describe(source, e)), e);
            }
            if (first == null) {
                throw new IllegalArgumentException("not a video: the file holds no decodable frames (" + codec + ")");
            }
            return new Footage(
                    codec,
                    grabber.getImageWidth(),
                    grabber.getImageHeight(),
                    grabber.getFrameRate(),
                    Duration.ofNanos(Math.max(0, grabber.getLengthInTime()) * 1000),
                    creationTime(grabber));
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new IllegalArgumentException("the video file could not be read: " + e.getMessage(), e);
        }
    }

    /** The largest picture analysed: 4K UHD, either way up. Larger frames cost memory and minutes per frame. */
    public static final int MAX_LONG_SIDE = 3840;

    public static final int MAX_SHORT_SIDE = 2160;

    /** @throws IllegalArgumentException for a picture larger than 4K (3840×2160, or 2160×3840 upright) */
    static void checkResolution(int width, int height) {
        if (Math.max(width, height) > MAX_LONG_SIDE || Math.min(width, height) > MAX_SHORT_SIDE) {
            throw new IllegalArgumentException("the video is " + width + "×" + height + " pixels, larger than 4K: at "
                    + "most " + MAX_LONG_SIDE + "×" + MAX_SHORT_SIDE
                    + " is analysed; scale it down, e.g. ffmpeg -i in.mp4 "
                    + "-vf scale=1920:-2 -c:v libx264 out.mp4");
        }
    }

    private static String unsupported(String codec) {
        return "unsupported codec: this server cannot decode the file's video (" + codec
                + "); convert it to H.264, e.g. ffmpeg -i in.avi -c:v libx264 out.mp4";
    }

    /** The reader's words speak of a camera; an upload is a file. */
    private static String words(String described) {
        return described.replace("the camera sends a video codec", "the file holds a video codec");
    }

    private static Instant creationTime(FFmpegFrameGrabber grabber) {
        String stated = grabber.getFormatContext() == null ? null : grabber.getMetadata("creation_time");
        if (stated == null || stated.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.parse(stated.strip());
            return at.getEpochSecond() <= 0 ? null : at; // "1970-01-01": a muxer's placeholder, not a time
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
