package dev.threshold.analytics.application;

import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.analytics.vision.replay.ClipReplay;
import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.SetupTrial;
import dev.threshold.application.camera.SetupTrials;
import dev.threshold.application.camera.StoredFrames;
import dev.threshold.application.camera.VideoClip;
import dev.threshold.application.camera.VideoUploads;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.scene.Scene;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs set-up tests ({@link SetupTrials}): the video through a fresh camera pipeline built from the edited scene, with
 * the detector and analysis rate the live analysis would use, through the frame store's JPEG as live frames are — so
 * the test counts what the camera would count — but in memory, on the camera readers' executor, writing nothing.
 * One test at a time on a node: a replay takes a core for as long as it runs, and the live cameras need the rest.
 */
@ApplicationScoped
public class SetupTrialService implements SetupTrials {

    private static final Logger LOG = Logger.getLogger(SetupTrialService.class.getName());
    /** Enough for any test a person reads; more crossings are listed without pictures. */
    static final int MAX_PICTURES = 50;

    static final Duration KEPT = Duration.ofHours(1);
    static final Duration SHORTEST_SPAN = Duration.ofSeconds(10);
    static final Duration LONGEST_SPAN = Duration.ofMinutes(30);
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:jboss/ee/concurrency/executor/camera-readers")
    ManagedExecutorService executor;

    @Inject
    CameraService cameras;

    @Inject
    CameraPipelines pipelines;

    @Inject
    Clock clock;

    @Inject
    VideoUploads uploads;

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    @Override
    public SetupTrial testWithRecording(UUID cameraId, String sceneJson, Duration span) {
        Camera camera = existing(cameraId);
        Scene scene = cameras.checkedScene(sceneJson);
        if (span == null || span.compareTo(SHORTEST_SPAN) < 0 || span.compareTo(LONGEST_SPAN) > 0) {
            throw new InvalidValueException(
                    "minutes",
                    "test with between " + SHORTEST_SPAN.toSeconds() + " seconds and " + LONGEST_SPAN.toMinutes()
                            + " minutes of recording");
        }
        DetectorChoice detector = usableDetector();
        Instant to = clock.instant();
        Instant from = to.minus(span);
        Run run = claim(camera, "recording " + CLOCK.format(from) + "–" + CLOCK.format(to) + " UTC", detector);
        executor.submit(() -> run.replay(
                () -> {
                    VideoClip clip =
                            cameras.clipBetween(cameraId, from, to, java.time.Duration.ofMinutes(5)); // waits its turn
                    run.startsAt = clip.start();
                    return clip.file();
                },
                scene,
                camera.analysisFps(),
                detector));
        return run.view();
    }

    @Override
    public SetupTrial testWithClip(UUID cameraId, String sceneJson, InputStream clip) {
        Camera camera = existing(cameraId);
        Scene scene = cameras.checkedScene(sceneJson);
        DetectorChoice detector = usableDetector();
        Run run = claim(camera, "uploaded clip", detector);
        Path file = uploads.fileFor("trials", run.id);
        try {
            uploads.storeAndProbe(clip, file, "clip");
        } catch (RuntimeException refused) {
            runs.remove(run.id);
            throw refused;
        }
        executor.submit(() -> run.replay(() -> file, scene, camera.analysisFps(), detector));
        return run.view();
    }

    @Override
    public Optional<SetupTrial> trial(String trialId) {
        return Optional.ofNullable(runs.get(trialId)).map(Run::view);
    }

    @Override
    public Optional<byte[]> firstFrame(String trialId) {
        return Optional.ofNullable(runs.get(trialId)).map(r -> r.firstFrame);
    }

    @Override
    public Optional<byte[]> crossingPicture(String trialId, int crossing) {
        Run run = runs.get(trialId);
        return run == null || crossing < 0 || crossing >= run.pictures.size()
                ? Optional.empty()
                : Optional.of(run.pictures.get(crossing));
    }

    private Camera existing(UUID cameraId) {
        return cameras.camera(cameraId)
                .orElseThrow(() -> new InvalidValueException("id", "there is no camera " + cameraId));
    }

    /** The live analysis's detector, or why there is none, in words an admin can act on. */
    private DetectorChoice usableDetector() {
        DetectorChoice choice;
        try {
            choice = pipelines.detectorChoice();
        } catch (IllegalArgumentException badKind) {
            throw new InvalidValueException("detector", badKind.getMessage());
        }
        choice.unusable().ifPresent(reason -> {
            throw new InvalidValueException(
                    "detector",
                    reason + ": nobody can be counted. Install the model file, "
                            + "or remove threshold.detector.model to count with the bundled model");
        });
        return choice;
    }

    /** Registers a new test, unless one is still running on this node; forgets tests older than an hour. */
    private synchronized Run claim(Camera camera, String source, DetectorChoice detector) {
        Instant now = clock.instant();
        runs.values()
                .removeIf(r -> r.state != SetupTrial.State.RUNNING
                        && r.startedAt.plus(KEPT).isBefore(now));
        runs.values().stream()
                .filter(r -> r.state == SetupTrial.State.RUNNING)
                .findAny()
                .ifPresent(busy -> {
                    throw new InvalidValueException(
                            "trial",
                            "another set-up test is running (" + Math.round(busy.progress * 100)
                                    + " % done); start this one when it has finished");
                });
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Run run = new Run(id, camera.id(), source, detector.describe(), now);
        runs.put(id, run);
        LOG.info(() ->
                "Testing a set-up of camera '" + camera.name() + "' on " + source + " with " + detector.describe());
        return run;
    }

    /** Where the video to replay comes from; may take time (cutting a recording) and fail in words. */
    @FunctionalInterface
    interface VideoFile {
        Path get() throws Exception;
    }

    /** One test: written by its replaying thread, read by whoever asks for its progress. */
    static final class Run {
        final String id;
        final UUID cameraId;
        final String source;
        final String detector;
        final Instant startedAt;
        final List<SetupTrial.TrialCrossing> crossings = new CopyOnWriteArrayList<>();
        final List<byte[]> pictures = new CopyOnWriteArrayList<>();
        volatile SetupTrial.State state = SetupTrial.State.RUNNING;
        volatile double progress;
        volatile long frames;
        volatile Instant startsAt;
        volatile String error;
        volatile byte[] firstFrame;

        Run(String id, UUID cameraId, String source, String detector, Instant startedAt) {
            this.id = id;
            this.cameraId = cameraId;
            this.source = source;
            this.detector = detector;
            this.startedAt = startedAt;
        }

        SetupTrial view() {
            return new SetupTrial(
                    id,
                    cameraId,
                    source,
                    detector,
                    state,
                    progress,
                    frames,
                    startsAt,
                    crossings,
                    error,
                    firstFrame != null);
        }

        void replay(VideoFile video, Scene scene, double analysisFps, DetectorChoice choice) {
            Path file = null;
            try {
                file = video.get();
                VideoUploads.Timing footage = VideoUploads.timing(file);
                if (!(footage.fps() > 0)) {
                    throw new IllegalArgumentException("the video states no frame rate");
                }
                double rate = Math.min(analysisFps, footage.fps());
                double length = Math.max(footage.length().toMillis() / 1000.0, 1e-3);
                try (Detector detector = choice.create(scene, rate, DetectorSettings.defaults())) {
                    CameraPipeline pipeline = new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(rate));
                    ClipReplay.replay(
                            file,
                            footage.fps(),
                            rate,
                            pipeline,
                            JpegFrameStoreTrip.INSTANCE,
                            new ClipReplay.Listener() {
                                @Override
                                public void crossed(LineCrossing crossing, VideoFrame frame) {
                                    found(crossing, frame);
                                }

                                @Override
                                public void analysed(VideoFrame frame) {
                                    if (firstFrame == null) {
                                        firstFrame = jpeg(frame);
                                    }
                                    frames++;
                                    progress = Math.min(0.99, offsetSeconds(frame.capturedAt()) / length);
                                }
                            });
                }
                progress = 1;
                state = SetupTrial.State.FINISHED;
                LOG.info(() ->
                        "Set-up test " + id + " found " + crossings.size() + " crossings in " + frames + " frames");
            } catch (Exception | LinkageError e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                state = SetupTrial.State.FAILED;
                LOG.info("Set-up test " + id + " failed: " + error);
                LOG.log(Level.FINE, "Set-up test " + id, e);
            } finally {
                if (file != null) {
                    VideoUploads.deleteQuietly(file); // an upload or a cut clip: nobody else reads it
                }
            }
        }

        private void found(LineCrossing crossing, VideoFrame frame) {
            double offset = offsetSeconds(crossing.at());
            boolean picture = pictures.size() < MAX_PICTURES;
            if (picture) {
                pictures.add(jpeg(frame));
            }
            Instant at = startsAt == null ? null : startsAt.plus(Duration.ofNanos(Math.round(offset * 1e9)));
            crossings.add(new SetupTrial.TrialCrossing(
                    offset, at, crossing.direction().wire(), crossing.confidence(), picture));
        }

        private static byte[] jpeg(VideoFrame frame) {
            return StoredFrames.jpeg(frame.width(), frame.height(), frame.bgr());
        }

        /** Replayed frames are stamped from the epoch: their time is their offset into the video. */
        private static double offsetSeconds(Instant at) {
            return Duration.between(Instant.EPOCH, at).toNanos() / 1e9;
        }
    }
}
