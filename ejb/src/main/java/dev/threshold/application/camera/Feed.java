package dev.threshold.application.camera;

import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.SegmentRecorder;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * One camera's running feed: its reader, the forwarder behind it, its recorder (null when not recorded) and the tasks
 * they run as on the camera-readers executor. Only {@link FeedLifecycle} starts and stops one.
 */
public final class Feed {
    final UUID cameraId;
    final Stream stream;
    final CameraReader reader;
    final FrameForwarder forwarder;
    final SegmentRecorder recorder;
    final Instant startedAt;
    Future<?> readerTask;
    Future<?> forwarderTask;
    Future<?> recorderTask;

    Feed(
            UUID cameraId,
            Stream stream,
            CameraReader reader,
            FrameForwarder forwarder,
            SegmentRecorder recorder,
            Instant startedAt) {
        this.cameraId = cameraId;
        this.startedAt = startedAt;
        this.stream = stream;
        this.reader = reader;
        this.forwarder = forwarder;
        this.recorder = recorder;
    }

    /** Stops reader, forwarder and recorder; the recorder finishes its segment first. */
    void halt() {
        forwarder.stop();
        reader.stop();
        if (forwarderTask != null) {
            forwarderTask.cancel(true);
        }
        if (readerTask != null) {
            readerTask.cancel(true);
        }
        if (recorder != null) {
            recorder.stop(); // not interrupted: it finishes its segment so the file stays whole
        }
    }

    /** Its health, with how many of its frame jobs wait for the analysis. */
    FeedHealth health(int framesWaiting) {
        return new FeedHealth(
                ReaderHealth.of(reader.health()),
                forwarder.sent(),
                forwarder.refused(),
                framesWaiting,
                recorder == null ? null : RecordingHealth.of(recorder.status()),
                startedAt);
    }

    /** What a feed was started with: a change of any of it (on whichever node) restarts the feed. */
    record Stream(String url, String sealedCredentials, double analysisFps) {
        static Stream of(Camera camera) {
            return new Stream(camera.streamUrl(), camera.sealedCredentials(), camera.analysisFps());
        }
    }
}
