package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.infrastructure.video.FootageProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A video file sent by an admin (footage to analyse, a clip to test a set-up with): stored under a size limit, then
 * looked at before anything reads it. Every refusal names the request's field and says what to do; nothing is kept
 * of a refused file.
 */
@ApplicationScoped
public class VideoUploads {

    private static final Logger LOG = Logger.getLogger(VideoUploads.class.getName());
    private static final long MIB = 1024L * 1024;
    private static final String LIMIT_PROPERTY = "threshold.footage.max-mb";
    private static final String QUOTA_PROPERTY = "threshold.uploads.max-total-mb";
    /** Kinds of upload ({@link #fileFor}) that count against the quota. */
    private static final String[] KINDS = {"footage", "trials"};
    /** How often a running upload looks at the quota again: uploads at the same time may overshoot it by this. */
    private static final long QUOTA_CHECK_BYTES = 8 * MIB;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    @ConfigProperty(name = LIMIT_PROPERTY, defaultValue = "2048")
    long maxMegabytes;

    /** All uploads kept at once (footage being analysed, set-up test clips), in MB: the disk they may take. */
    @Inject
    @ConfigProperty(name = QUOTA_PROPERTY, defaultValue = "10240")
    long maxTotalMegabytes;

    /** Where an upload of a kind ("footage", "trials") is kept while it is used, under the server's data folder. */
    public Path fileFor(String kind, String name) {
        return Path.of(serverDataDir, "threshold", kind, name + ".video");
    }

    /** A video's frame rate (as it states it) and length, which a replay of it needs. */
    public record Timing(double fps, Duration length) {}

    /** @throws IllegalArgumentException when the file is not video, or its codec cannot be decoded here */
    public static Timing timing(Path file) {
        FootageProbe.Footage footage = FootageProbe.probe(file);
        return new Timing(footage.fps(), footage.length());
    }

    /**
     * @param field the request field named in refusals
     * @return what the stored file holds
     * @throws InvalidValueException for a file that is empty, too large, not video, or of a codec this server lacks
     */
    public FootageProbe.Footage storeAndProbe(InputStream video, Path file, String field) {
        store(video, file, field);
        try {
            return FootageProbe.probe(file);
        } catch (IllegalArgumentException e) {
            deleteQuietly(file);
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /**
     * Streams the upload to disk, refusing it — and deleting what was written — once it is larger than the per-file
     * limit or the uploads kept, this one included, would take more than the quota.
     */
    private void store(InputStream video, Path file, String field) {
        long limit = maxMegabytes * MIB;
        long quota = maxTotalMegabytes * MIB;
        try {
            Files.createDirectories(file.getParent());
            try (InputStream in = video;
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                long nextQuotaCheck = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (total >= nextQuotaCheck) {
                        long others = uploadsOnDisk() - total; // this file's bytes written so far are on disk too
                        if (others + total + n > quota) {
                            out.close();
                            deleteQuietly(file);
                            throw new UploadRefusedException(
                                    UploadRefusedException.Reason.QUOTA,
                                    field + ": the "
                                            + "uploads kept on this server would take more than " + maxTotalMegabytes
                                            + " MB (" + QUOTA_PROPERTY + "); " + (others / MIB)
                                            + " MB are taken by uploads "
                                            + "still being analysed or tested. Retry when they are done, or raise the quota");
                        }
                        nextQuotaCheck = total + Math.max(64 * 1024, Math.min(QUOTA_CHECK_BYTES, quota / 16));
                    }
                    total += n;
                    if (total > limit) {
                        out.close();
                        deleteQuietly(file);
                        throw new InvalidValueException(
                                field,
                                "the file is larger than " + maxMegabytes + " MB (" + LIMIT_PROPERTY
                                        + "); cut it to the time that matters");
                    }
                    out.write(buffer, 0, n);
                }
                if (total == 0) {
                    out.close();
                    deleteQuietly(file);
                    throw new InvalidValueException(field, "the upload is empty: send the video file");
                }
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(field + ": cannot store the upload: " + e.getMessage(), e);
        }
    }

    /** Bytes of every upload on disk now, finished or being received. */
    long uploadsOnDisk() {
        long bytes = 0;
        for (String kind : KINDS) {
            Path dir = Path.of(serverDataDir, "threshold", kind);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                bytes += files.mapToLong(VideoUploads::sizeOrZero).sum();
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot list " + dir, e);
            }
        }
        return bytes;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException gone) {
            return 0;
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + file, e);
        }
    }
}
