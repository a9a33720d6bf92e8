package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The recording folder: one folder per camera, segments named by the capture time of their first frame and, once
 * closed, their last ({@code 20261129T063000.120Z_20261129T063010.080Z.ts}), so that finding the segments of a time
 * range needs no index and survives a crash (an unclosed segment keeps its start-only name and still plays).
 * Segments are MPEG-TS ({@code .ts}) for the codecs it carries, Matroska ({@code .mkv}) for the others (MJPEG).
 */
public final class SegmentStore {

    /** MPEG-TS: still plays when cut short by a crash. */
    static final String TS = ".ts";
    /** Matroska: for codecs MPEG-TS cannot carry (it would store MJPEG as unreadable private data). */
    static final String MKV = ".mkv";

    private final Path root;

    public SegmentStore(Path root) {
        this.root = Objects.requireNonNull(root, "recordings: the folder is required")
                .toAbsolutePath()
                .normalize();
    }

    public Path root() {
        return root;
    }

    /** A camera's segments, oldest first. */
    public List<Segment> segments(String cameraId) {
        FrameStore.requireCameraId(cameraId);
        Path folder = root.resolve(cameraId);
        List<Segment> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*{" + TS + "," + MKV + "}")) {
            for (Path file : files) {
                Segment segment = parse(file);
                if (segment != null) {
                    out.add(segment);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("recordings: cannot list " + folder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Segment::start));
        return out;
    }

    /** @param suffix {@link #TS} or {@link #MKV} */
    Path openSegmentFile(String cameraId, Instant start, String suffix) throws IOException {
        FrameStore.requireCameraId(cameraId);
        Path folder = Files.createDirectories(root.resolve(cameraId));
        return folder.resolve(FrameStore.NAME.format(start) + suffix);
    }

    /** Gives a finished segment its end time in its name. */
    Path close(Path openFile, Instant end) throws IOException {
        String name = openFile.getFileName().toString();
        String suffix = name.substring(name.lastIndexOf('.'));
        String start = name.substring(0, name.length() - suffix.length());
        return Files.move(openFile, openFile.resolveSibling(start + "_" + FrameStore.NAME.format(end) + suffix));
    }

    /**
     * Deletes a camera's closed segments that ended more than {@code maxAge} ago, then the oldest ones while all
     * together take more than {@code maxBytes}. The segment being written is never deleted.
     *
     * @return the number of segments deleted
     */
    public int applyRetention(String cameraId, Duration maxAge, long maxBytes, Instant now) {
        List<Segment> segments = segments(cameraId);
        long total = segments.stream().mapToLong(Segment::bytes).sum();
        int deleted = 0;
        Instant cutoff = now.minus(maxAge);
        for (Segment segment : segments) {
            if (segment.open()) {
                continue;
            }
            boolean tooOld = segment.end().isBefore(cutoff);
            if (tooOld || total > maxBytes) {
                delete(segment);
                total -= segment.bytes();
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Deletes the oldest closed segments, whichever camera they belong to, while all recordings together take more
     * than {@code maxBytes}: a disk shared by all cameras must not fill because one of them has more to record.
     *
     * @return the number of segments deleted
     */
    public int applyTotalRetention(long maxBytes) {
        List<Segment> all = new ArrayList<>();
        for (String cameraId : cameraIds()) {
            all.addAll(segments(cameraId));
        }
        long total = all.stream().mapToLong(Segment::bytes).sum();
        all.sort(Comparator.comparing(Segment::start));
        int deleted = 0;
        for (Segment segment : all) {
            if (total <= maxBytes) {
                break;
            }
            if (!segment.open()) {
                delete(segment);
                total -= segment.bytes();
                deleted++;
            }
        }
        return deleted;
    }

    /** The cameras that have a recording folder, including cameras removed since. */
    public List<String> cameraIds() {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return ids;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                try {
                    ids.add(FrameStore.requireCameraId(name));
                } catch (IllegalArgumentException notOurs) {
                    // an operator's folder: left alone
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("recordings: cannot list " + root + ": " + e.getMessage(), e);
        }
        return ids;
    }

    private static void delete(Segment segment) {
        try {
            Files.deleteIfExists(segment.file());
        } catch (IOException e) {
            throw new UncheckedIOException("recordings: cannot delete " + segment.file() + ": " + e.getMessage(), e);
        }
    }

    private static Segment parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        try {
            String[] parts = stem.split("_");
            Instant start = Instant.from(FrameStore.NAME.parse(parts[0]));
            Instant end = parts.length > 1 ? Instant.from(FrameStore.NAME.parse(parts[1])) : null;
            return new Segment(file, start, end, Files.size(file));
        } catch (DateTimeParseException e) {
            return null; // not one of ours
        }
    }
}
