package dev.threshold.infrastructure.video;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * How a camera reader's decoder is set up, shared with the benches that measure what a camera costs (issue 20).
 * <ul>
 *   <li>One decoder thread. FFmpeg's default gives every H.264 reader frame threads of its own (three here); with many
 *       cameras to a core they only add hand-offs between threads, and they cost about a quarter of a camera's CPU
 *       in {@code bench/throughput}'s node part.
 *   <li>Non-reference frames (most B-frames) are not decoded when the stream runs at least {@link #SKIP_RATIO} times
 *       the analysis rate: nothing else is decoded from them, and the decimator keeps whichever frame of each
 *       analysis interval is decoded, stamped with its own time. At that ratio an encoder's run of up to three
 *       non-reference frames in a row (x264's and MPEG-1/2's usual) still leaves a decoded frame in every interval;
 *       at half the stream's rate it may not (a 10 fps stream with three B-frames in a row keeps 4 frames a second,
 *       fewer than the analysis asks for). Cameras that send no B-frames lose nothing and gain nothing.
 * </ul>
 * FFmpeg opens the decoder inside {@code start()}, before the stream's rate is known: the reader starts with the skip
 * set and, on a stream too slow for it, starts again without (one more connection, for slow streams only).
 */
public final class ReaderDecoding {

    /** The stream's rate must be at least this multiple of the analysis rate for non-reference frames to be skipped. */
    public static final double SKIP_RATIO = 4;

    private ReaderDecoding() {}

    /**
     * Starts the grabber with the reader's decoder settings; a grabber that is not FFmpeg's (a rendered camera) is
     * just started.
     *
     * @return whether non-reference frames are skipped on this connection
     */
    public static boolean start(FrameGrabber grabber, double analysisFps) throws FrameGrabber.Exception {
        if (!(grabber instanceof FFmpegFrameGrabber ffmpeg)) {
            grabber.start();
            return false;
        }
        ffmpeg.setVideoOption("threads", "1");
        ffmpeg.setVideoOption("skip_frame", "noref");
        ffmpeg.start();
        if (skipsNonReference(ffmpeg.getFrameRate(), analysisFps)) {
            return true;
        }
        ffmpeg.stop();
        ffmpeg.setVideoOption("skip_frame", "default");
        ffmpeg.start();
        return false;
    }

    /** Whether a stream of {@code streamFps} analysed at {@code analysisFps} may skip its non-reference frames. */
    static boolean skipsNonReference(double streamFps, double analysisFps) {
        return streamFps > 0 && streamFps < 1000 && streamFps >= SKIP_RATIO * analysisFps;
    }
}
