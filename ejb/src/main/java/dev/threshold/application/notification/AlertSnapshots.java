package dev.threshold.application.notification;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.infrastructure.mail.MailSender;
import dev.threshold.infrastructure.video.FrameStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The pictures a door alert carries: each camera's picture at the event's moment, as JPEG. A door alert leaves within
 * seconds, before the recording's segment holding that moment is closed, so the picture is the camera's analysed
 * frame nearest to the moment (frame store, within {@link #NEAREST}); failing that, a picture from the recording
 * (the demo camera renders its own); a camera with neither is left out, and the e-mail goes without its picture.
 */
@ApplicationScoped
public class AlertSnapshots {

    /** How far from the event's moment a frame may be and still show it. */
    static final Duration NEAREST = Duration.ofSeconds(2);
    /** How long a snapshot from the recording may wait for its turn (the alert must leave within seconds). */
    static final Duration RECORDING_WAIT = Duration.ofSeconds(1);

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(AlertSnapshots.class.getName());

    @Inject
    CameraRepository cameras;

    @Inject
    FrameStore frames;

    @EJB
    CameraService cameraService;

    /** One JPEG attachment per camera that has a picture of {@code at}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<MailSender.Attachment> of(List<UUID> cameraIds, Instant at) {
        List<MailSender.Attachment> attachments = new ArrayList<>();
        for (UUID id : cameraIds) {
            Optional<Camera> camera = cameras.find(id);
            if (camera.isEmpty()) {
                continue; // removed since
            }
            picture(id, at)
                    .ifPresent(jpeg -> attachments.add(
                            new MailSender.Attachment(fileName(camera.get().name(), at), "image/jpeg", jpeg)));
        }
        return attachments;
    }

    private Optional<byte[]> picture(UUID cameraId, Instant at) {
        Optional<byte[]> frame = frames.nearest(cameraId.toString(), at, NEAREST);
        if (frame.isPresent()) {
            return frame;
        }
        try {
            return Optional.of(cameraService.snapshotAt(cameraId, at, RECORDING_WAIT));
        } catch (NotRecordedException | RuntimeException e) { // busy, unreadable, or (EJBException) else
            LOG.info(() -> "No picture of camera " + cameraId + " at " + at + " for a door alert: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** "Lobby 20261206T103005Z.jpg": the camera's name made safe for a file name, and the moment. */
    public static String fileName(String cameraName, Instant at) {
        String safe = cameraName.replaceAll("[^\\p{L}\\p{N} ._-]+", "_").replaceAll("^[_ .]+|[_ .]+$", "");
        return (safe.isEmpty() ? "camera" : safe) + " " + FILE_TIME.format(at) + ".jpg";
    }
}
