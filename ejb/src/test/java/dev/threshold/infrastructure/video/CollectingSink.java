package dev.threshold.infrastructure.video;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Takes every frame (an analysis that keeps up); the frames are kept for the assertions. */
final class CollectingSink implements FrameSink {

    final List<CapturedFrame> frames = new CopyOnWriteArrayList<>();

    @Override
    public boolean offer(CapturedFrame frame) {
        frames.add(frame);
        return true;
    }
}
