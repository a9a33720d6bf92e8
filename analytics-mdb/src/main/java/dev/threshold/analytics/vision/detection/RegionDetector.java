package dev.threshold.analytics.vision.detection;

import java.util.List;

/**
 * A detector that can take a second, closer look at part of a frame: the pipeline asks it where a person is expected
 * but was not found (a track about to be born or dropped), and the region, smaller than the door crop, reaches the
 * network scaled up. Stateless detectors only: calling it must not disturb what {@link Detector#detect} learns from
 * frame to frame (the model-free detector's background model would be updated twice).
 */
public interface RegionDetector {

    /**
     * @param frame  the frame just given to {@link Detector#detect}
     * @param region where to look, in frame pixels ({@link CropRegion#around} makes one around a box)
     * @return people found in the region, in frame pixels
     */
    List<PersonDetection> detectIn(VideoFrame frame, CropRegion region);
}
