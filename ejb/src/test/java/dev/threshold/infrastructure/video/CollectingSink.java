package dev.threshold.infrastructure.video;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Takes every frame (an analysis that keeps up); the frames are kept for the assertions. */
final class CollectingSink implements FrameSink {

    final List<AnalysedFrame> frames = new CopyOnWriteArrayList<>();

    @Override
    public boolean offer(AnalysedFrame frame) {
        frames.add(frame);
        return true;
    }
}
