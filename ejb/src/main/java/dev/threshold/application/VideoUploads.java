package dev.threshold.application;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.infrastructure.video.FootageProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    @ConfigProperty(name = LIMIT_PROPERTY, defaultValue = "2048")
    long maxMegabytes;

    /** Where an upload of a kind ("footage", "trials") is kept while it is used, under the server's data folder. */
    public Path fileFor(String kind, String name) {
        return Path.of(serverDataDir, "threshold", kind, name + ".video");
    }

    /**
     * @param field the request field named in refusals
     * @return what the stored file holds
     * @throws InvalidValueException for a file that is empty, too large, not video, or of a codec this server lacks
     */
    public FootageProbe.Footage storeAndProbe(InputStream video, Path file, String field) {
        store(video, file, field, maxMegabytes, LIMIT_PROPERTY);
        try {
            return FootageProbe.probe(file);
        } catch (IllegalArgumentException e) {
            deleteQuietly(file);
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    private static void store(InputStream video, Path file, String field, long maxMegabytes, String limitProperty) {
        long limit = maxMegabytes * MIB;
        try {
            Files.createDirectories(file.getParent());
            try (InputStream in = video; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        out.close();
                        deleteQuietly(file);
                        throw new InvalidValueException(field, "the file is larger than " + maxMegabytes
                                + " MB (" + limitProperty + "); cut it to the time that matters");
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

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + file, e);
        }
    }
}
