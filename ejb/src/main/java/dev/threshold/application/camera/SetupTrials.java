package dev.threshold.application.camera;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * "Test this set-up": a what-if replay of a camera's video with a scene that is not saved yet, to see which door
 * crossings it would count before it goes live. The analysis runs in memory on this node and writes nothing: no
 * analysed frames, crossings, labels or tile occupancy reach the live data.
 * <p>
 * Declared here and implemented by the analytics module ({@code SetupTrialService}), where the vision code lives, so
 * that the console and the REST API (in the WAR) call it like any service of this module.
 */
public interface SetupTrials {

    /**
     * Starts replaying the camera's recording of the last {@code span} with the given scene.
     *
     * @throws dev.threshold.domain.InvalidValueException for an invalid scene (naming its field), a span out of range,
     *                                                    no such camera, or another test still running
     */
    SetupTrial testWithRecording(UUID cameraId, String sceneJson, Duration span);

    /**
     * Starts replaying an uploaded clip with the given scene; the clip is deleted when the replay ends.
     *
     * @throws dev.threshold.domain.InvalidValueException as above, and ({@code clip}) for a file that is not video
     */
    SetupTrial testWithClip(UUID cameraId, String sceneJson, InputStream clip);

    /** A test started on this node within the last hour, with its progress or its result. */
    Optional<SetupTrial> trial(String trialId);

    /**
     * The JPEG of the video's first analysed frame: the picture to draw a grid on for a camera that has none yet
     * (not recorded, not analysed).
     */
    Optional<byte[]> firstFrame(String trialId);

    /** The JPEG of the frame that showed a crossing, when the test kept one. */
    Optional<byte[]> crossingPicture(String trialId, int crossing);
}
