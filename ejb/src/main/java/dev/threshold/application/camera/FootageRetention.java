package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.SegmentStore;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes old video every minute: analysed frames after {@code threshold.frames.retention-minutes}, recording segments
 * beyond the {@link RecordingPolicy}'s age and total size, forgotten clips and footage left by a crash.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FootageRetention {

    private static final Logger LOG = Logger.getLogger(FootageRetention.class.getName());

    @Inject
    Clock clock;

    @Inject
    FrameStore frameStore;

    @Inject
    SegmentStore segmentStore;

    @Inject
    RecordingPolicy recording;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    @ConfigProperty(name = "threshold.frames.retention-minutes", defaultValue = "10")
    long retentionMinutes;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void deleteOldFrames() {
        long deleted = frameStore.deleteOlderThan(clock.instant().minus(Duration.ofMinutes(retentionMinutes)));
        if (deleted > 0) {
            LOG.fine(() -> "Deleted " + deleted + " analysed frames older than " + retentionMinutes + " min");
        }
    }

    /**
     * Recorders delete their own old segments as they write; this also covers cameras that stopped or were removed,
     * and the total size of all cameras' recordings together.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void deleteOldRecordings() {
        long deleted = 0;
        for (String cameraId : segmentStore.cameraIds()) {
            deleted += segmentStore.applyRetention(cameraId, recording.maxAge(), Long.MAX_VALUE, clock.instant());
        }
        deleted += segmentStore.applyTotalRetention(recording.maxTotalBytes());
        // Clips are the caller's to move or delete; what is left after an hour was forgotten. Footage is deleted once
        // read; what is older than a day was left by a crash.
        deleteFilesOlderThan(Path.of(serverDataDir, "threshold", "clips"), Duration.ofHours(1));
        deleteFilesOlderThan(Path.of(serverDataDir, "threshold", "footage"), Duration.ofDays(1));
        if (deleted > 0) {
            long count = deleted;
            LOG.fine(() -> "Deleted " + count + " recording segments (retention "
                    + recording.maxAge().toHours() + " h, " + recording.maxTotalBytes() + " bytes in all)");
        }
    }

    private void deleteFilesOlderThan(Path folder, Duration age) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime cutoff = FileTime.from(clock.instant().minus(age));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot clean " + folder + ": " + e.getMessage());
        }
    }
}
