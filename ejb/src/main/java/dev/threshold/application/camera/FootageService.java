package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FootageProbe;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Analyses uploaded footage of a camera (a past incident, a new camera angle) through the same frame path as the
 * live stream — decimated to the camera's analysis rate, frame store, {@code frames} queue, the camera's scene — but
 * on the footage's own timeline (when it was recorded) and with a tracker of its own. Offline, nothing is dropped:
 * the footage waits while the analysis is behind. One footage per camera at a time.
 */
@ApplicationScoped
public class FootageService {

    private static final Logger LOG = Logger.getLogger(FootageService.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/camera-readers")
    ManagedExecutorService executor;

    @Inject
    CameraService cameras;

    @Inject
    FrameDispatch dispatch;

    @Inject
    Clock clock;

    @Inject
    VideoUploads uploads;

    private final Map<UUID, Analysis> latest = new ConcurrentHashMap<>();
    private final UploadSlots slots = new UploadSlots();

    /**
     * Stores the upload, checks it is video this server decodes, and starts analysing it.
     *
     * @param recordedAt when the footage starts; null: the time the file states, else the upload time
     * @throws InvalidValueException ({@code footage}) for a file that is not video, has an unsupported codec or is
     *                               too large or larger than 4K; ({@code id}) for no such camera; nothing is kept of a
     *                               refused file
     * @throws UploadRefusedException while another footage of the camera is uploaded or analysed (409), or when the
     *                                uploads' disk quota is used up (413)
     */
    public FootageAnalysis analyseFootage(UUID cameraId, InputStream video, Instant recordedAt) {
        Camera camera = cameras.cameraForFootage(cameraId) // admins only (EJB role check)
                .orElseThrow(() -> new InvalidValueException("id", "there is no camera " + cameraId));
        if (!slots.reserve(cameraId)) {
            throw new UploadRefusedException(
                    UploadRefusedException.Reason.SLOT_TAKEN,
                    "another footage of camera '" + camera.name()
                            + "' is being uploaded right now; upload the next one when it has been received");
        }
        try {
            // Checked and replaced while this upload holds the camera's slot: no other upload can slip in between.
            Analysis running = latest.get(cameraId);
            if (running != null && !running.reader.health().finished()) {
                throw new UploadRefusedException(
                        UploadRefusedException.Reason.SLOT_TAKEN,
                        "footage "
                                + running.view().footageId() + " of camera '" + camera.name()
                                + "' is still being analysed; "
                                + "upload the next one when it has finished");
            }
            String footageId = HexFormat.of()
                    .toHexDigits(ThreadLocalRandom.current().nextLong())
                    .substring(4);
            Path file = uploads.fileFor("footage", footageId);
            FootageProbe.Footage footage = uploads.storeAndProbe(video, file, "footage");
            Instant start = recordedAt != null
                    ? recordedAt
                    : footage.recordedAt() != null ? footage.recordedAt() : clock.instant();
            Analysis analysis = start(cameraId, footageId, file, footage, start, camera.analysisFps());
            latest.put(cameraId, analysis);
            LOG.info(() -> "Analysing footage " + footageId + " of camera '" + camera.name() + "' (" + footage.codec()
                    + ", " + footage.length().toSeconds() + " s from " + start + ")");
            return analysis.view();
        } finally {
            slots.release(cameraId);
        }
    }

    /** The camera's latest footage analysis since the server started. */
    public Optional<FootageAnalysis> latestFootage(UUID cameraId) {
        return Optional.ofNullable(latest.get(cameraId)).map(Analysis::view);
    }

    /** Offline nothing is dropped: waits while the analysis is behind on this footage. */
    private static boolean send(FrameDispatch.Channel channel, CapturedFrame frame, AtomicLong sent) {
        try {
            while (channel.behind()) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        channel.send(frame);
        sent.incrementAndGet();
        return true;
    }

    /**
     * What an administrator sees of a footage analysis: the file, the span of the footage's timeline, and the
     * reader's progress (frames sent to the analysis, finished, last error in words).
     */
    public record FootageAnalysis(
            String footageId,
            String codec,
            int width,
            int height,
            Instant recordedFrom,
            Instant recordedTo,
            long framesSent,
            ReaderHealth progress) {}

    /** Reads the file on the camera readers' executor, every kept frame sent on the footage's own message group. */
    private Analysis start(
            UUID cameraId,
            String footageId,
            Path file,
            FootageProbe.Footage footage,
            Instant start,
            double analysisFps) {
        FrameDispatch.Channel channel = dispatch.open(cameraId.toString(), footageId, analysisFps);
        AtomicLong sent = new AtomicLong();
        CameraReader reader = CameraReader.ofFootage(
                channel.sourceId(),
                StreamSource.of(file),
                ReaderSettings.DEFAULTS.withAnalysisFps(analysisFps),
                frame -> send(channel, frame, sent),
                start);
        executor.submit(() -> {
            try (channel) {
                reader.run();
            } finally {
                VideoUploads.deleteQuietly(file); // its frames are in the frame store now
            }
        });
        return new Analysis(footageId, footage, start, reader, sent);
    }

    private record Analysis(
            String footageId, FootageProbe.Footage footage, Instant start, CameraReader reader, AtomicLong sent) {

        FootageAnalysis view() {
            return new FootageAnalysis(
                    footageId,
                    footage.codec(),
                    footage.width(),
                    footage.height(),
                    start,
                    start.plus(footage.length()),
                    sent.get(),
                    ReaderHealth.of(reader.health()));
        }
    }
}
