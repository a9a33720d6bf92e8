package dev.threshold.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;

/**
 * The demo camera as a frame grabber, so the camera reader treats it like any other stream ({@code demo:door}): it
 * renders the demo door at 10 frames a second, in real time, each frame showing the loop at the moment of its
 * timestamp. Like a live camera it never ends; unlike one it needs no network, file or model.
 */
public final class DemoCameraGrabber extends FrameGrabber {

    /** The stream address of the demo camera. */
    public static final String STREAM_URL = "demo:door";

    public static final String SCHEME = "demo:";
    static final double FRAMES_PER_SECOND = 10;
    private static final Duration FRAME_INTERVAL = Duration.ofMillis(Math.round(1000 / FRAMES_PER_SECOND));

    private final Clock clock;
    private final DemoScript script;
    private final DemoLoop loop;
    private DemoRenderer renderer;
    private OpenCVFrameConverter.ToMat converter;
    private Instant due;

    public DemoCameraGrabber(Clock clock) {
        this.clock = clock;
        this.script = DemoScript.standard();
        this.loop = new DemoLoop(script.loopSeconds());
    }

    /** Whether {@code location} names footage this grabber renders; the demo door is the only one. */
    public static boolean renders(String location) {
        return STREAM_URL.equals(location);
    }

    @Override
    public void start() {
        release();
        renderer = new DemoRenderer(script);
        converter = new OpenCVFrameConverter.ToMat();
        imageWidth = DemoOptics.WIDTH;
        imageHeight = DemoOptics.HEIGHT;
        frameRate = FRAMES_PER_SECOND;
        videoStream = 0;
        due = null;
    }

    /** Waits until the next frame is due and renders it; a reader that fell behind gets the present, not the past. */
    @Override
    public Frame grab() throws Exception {
        if (renderer == null) {
            throw new Exception("the demo camera is not started");
        }
        Instant now = clock.instant();
        if (due == null) {
            due = now.truncatedTo(ChronoUnit.MILLIS);
        } else {
            due = due.plus(FRAME_INTERVAL);
            if (due.isBefore(now.minus(FRAME_INTERVAL))) {
                // Fell behind (a busy machine): skip the frames that are past, keep the 100 ms grid.
                long behind = Duration.between(due, now).toMillis() / FRAME_INTERVAL.toMillis();
                due = due.plus(FRAME_INTERVAL.multipliedBy(behind));
            }
        }
        long wait = Duration.between(now, due).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Exception("the demo camera was interrupted", e);
            }
        }
        timestamp = due.toEpochMilli() * 1000;
        frameNumber++;
        double loopSeconds = loop.secondsAt(due);
        Instant roundStart = due.minusMillis(Math.round(loopSeconds * 1000));
        // Held until the camera is analysed (DemoHold): then each passage plays whole, from its start.
        return converter.convert(renderer.render(
                loopSeconds, p -> DemoHold.plays(roundStart.plusMillis(Math.round(p.startsAt() * 1000)))));
    }

    @Override
    public void stop() {
        release();
    }

    @Override
    public void trigger() {
        // frames come at their own pace
    }

    @Override
    public void release() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
        if (converter != null) {
            converter.close();
            converter = null;
        }
    }
}
