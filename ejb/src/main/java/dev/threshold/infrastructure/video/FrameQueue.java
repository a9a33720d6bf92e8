package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-off between a reader and whatever analyses its frames. When it is full the newest frame is refused
 * (and counted as dropped by the reader): the frames already waiting stay a contiguous run in time, which a tracker
 * follows better than a thinned-out one, and memory stays at {@code capacity} frames (about 2.7 MB each at 720p).
 */
public final class FrameQueue implements FrameSink {

    private final BlockingQueue<CapturedFrame> frames;

    public FrameQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("frame queue: the capacity must be at least 1, not " + capacity);
        }
        this.frames = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public boolean offer(CapturedFrame frame) {
        return frames.offer(frame);
    }

    /** @return the oldest waiting frame, or null when none arrived within {@code wait} */
    public CapturedFrame poll(Duration wait) throws InterruptedException {
        return frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    public int size() {
        return frames.size();
    }
}
