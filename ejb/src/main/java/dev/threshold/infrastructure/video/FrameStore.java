package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Analysed frames as JPEG files, one folder per camera, then per day and hour
 * ({@code front-door/20261129/06/20261129T063000.120Z.jpg}); the path relative to the store's root is the frame
 * reference carried by {@code FrameJob}. Hour folders make retention a matter of deleting whole folders.
 * <p>
 * Why references and not JPEG bytes in the message: a 720p frame is tens of kilobytes as JPEG (see bench/ingest), at
 * 5 fps per camera that is several hundred KB/s per camera through the broker's journal, while a reference is 60
 * bytes and the file is read once, locally, by the analysis.
 */
public final class FrameStore {

    private static final Pattern CAMERA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);

    private final Path root;
    private final int quality;

    public FrameStore(Path root, int jpegQuality) {
        this.root = Objects.requireNonNull(root, "frame store: the folder is required")
                .toAbsolutePath()
                .normalize();
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException(
                    "frame store: JPEG quality must be between 1 and 100, not " + jpegQuality);
        }
        this.quality = jpegQuality;
    }

    public FrameStore(Path root) {
        this(root, JpegCodec.DEFAULT_QUALITY);
    }

    /** Encodes and writes the frame; returns its reference. The file appears whole or not at all. */
    public String store(CapturedFrame frame) {
        return storeJpeg(frame.cameraId(), frame.capturedAt(), JpegCodec.encode(frame, quality));
    }

    public String storeJpeg(String cameraId, Instant capturedAt, byte[] jpeg) {
        requireCameraId(cameraId);
        Path folder = root.resolve(cameraId).resolve(DAY.format(capturedAt)).resolve(HOUR.format(capturedAt));
        String base = NAME.format(capturedAt);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(base + ".jpg");
            for (int n = 1; Files.exists(target); n++) {
                target = folder.resolve(base + "-" + n + ".jpg");
            }
            Path temp = Files.createTempFile(folder, ".frame", ".part");
            Files.write(temp, jpeg);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            return root.relativize(target).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "frame store: cannot write a frame of camera " + cameraId + " under " + folder + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The JPEG bytes of a stored frame. */
    public byte[] read(String frameRef) throws IOException {
        Path file = resolve(frameRef);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(frameRef, null, "the frame is no longer stored (deleted by retention?)");
        }
    }

    /**
     * The camera's newest stored frame (file names sort by capture time, folders by day and hour): the console's
     * picture of a camera that is analysed but not recorded, such as the demo camera.
     */
    public Optional<byte[]> latest(String cameraId) {
        return latestFrame(cameraId).map(StoredJpeg::jpeg);
    }

    /**
     * The camera's newest stored frame with its capture time (from its file name): what the live view streams. In a
     * cluster the store is one shared folder, so this is the newest frame of whichever node reads the camera.
     */
    public Optional<StoredJpeg> latestFrame(String cameraId) {
        requireCameraId(cameraId);
        try {
            Optional<Path> day = newest(root.resolve(cameraId), Files::isDirectory);
            Optional<Path> hour = day.flatMap(d -> newest(d, Files::isDirectory));
            Optional<Path> frame =
                    hour.flatMap(h -> newest(h, f -> f.getFileName().toString().endsWith(".jpg")));
            if (frame.isEmpty()) {
                return Optional.empty();
            }
            Instant capturedAt =
                    Instant.from(NAME.parse(frame.get().getFileName().toString().substring(0, 20)));
            return Optional.of(new StoredJpeg(capturedAt, Files.readAllBytes(frame.get())));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // deleted by retention while being read: as if there were none
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty(); // a file this store did not name
        }
    }

    /**
     * The camera's stored frame captured nearest to {@code at}, if one was captured within {@code tolerance} of it:
     * a picture of a moment seconds ago, which the recording (written in segments) cannot give yet.
     */
    public Optional<byte[]> nearest(String cameraId, Instant at, Duration tolerance) {
        requireCameraId(cameraId);
        Path best = null;
        long bestDistance = Long.MAX_VALUE;
        Set<Path> hours = new LinkedHashSet<>();
        for (Instant edge : List.of(at.minus(tolerance), at, at.plus(tolerance))) {
            hours.add(root.resolve(cameraId).resolve(DAY.format(edge)).resolve(HOUR.format(edge)));
        }
        try {
            for (Path hour : hours) {
                if (!Files.isDirectory(hour)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(hour)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Optional<Instant> captured = capturedAt(file);
                        if (captured.isPresent()) {
                            long distance = Math.abs(
                                    Duration.between(at, captured.get()).toMillis());
                            if (distance <= tolerance.toMillis() && distance < bestDistance) {
                                best = file;
                                bestDistance = distance;
                            }
                        }
                    }
                }
            }
            return best == null ? Optional.empty() : Optional.of(Files.readAllBytes(best));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // deleted by retention while being read: as if there were none
        }
    }

    /** The capture time a frame's file name carries ({@code 20261129T063000.120Z.jpg}, or {@code …Z-1.jpg}). */
    static Optional<Instant> capturedAt(Path file) {
        String name = file.getFileName().toString();
        int end = name.indexOf('Z');
        if (!name.endsWith(".jpg") || end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(NAME.parse(name.substring(0, end + 1))));
        } catch (DateTimeParseException notAFrame) {
            return Optional.empty();
        }
    }

    private static Optional<Path> newest(Path folder, java.util.function.Predicate<Path> kind) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(kind)
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a reference; refuses references that point outside the store. */
    public Path resolve(String frameRef) {
        if (frameRef == null || frameRef.isBlank()) {
            throw new IllegalArgumentException("frame store: the frame reference is empty");
        }
        Path file = root.resolve(frameRef).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException(
                    "frame store: the reference " + frameRef + " points outside the frame store");
        }
        return file;
    }

    /**
     * Deletes frames captured before {@code cutoff}, all cameras; whole hour folders at once when they are entirely
     * older. @return the number of frame files deleted
     */
    public long deleteOlderThan(Instant cutoff) {
        long deleted = 0;
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (DirectoryStream<Path> cameras = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path camera : cameras) {
                try (DirectoryStream<Path> days = Files.newDirectoryStream(camera, Files::isDirectory)) {
                    for (Path day : days) {
                        deleted += pruneDay(day, cutoff);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("frame store: retention could not clean " + root + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    private long pruneDay(Path day, Instant cutoff) throws IOException {
        long deleted = 0;
        try (DirectoryStream<Path> hours = Files.newDirectoryStream(day, Files::isDirectory)) {
            for (Path hour : hours) {
                Instant hourStart;
                try {
                    hourStart = java.time.LocalDate.parse(
                                    day.getFileName().toString(), DateTimeFormatter.BASIC_ISO_DATE)
                            .atTime(Integer.parseInt(hour.getFileName().toString()), 0)
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException | NumberFormatException e) {
                    continue; // not ours: leave it
                }
                boolean whole = !hourStart.plus(1, ChronoUnit.HOURS).isAfter(cutoff);
                try (DirectoryStream<Path> files = Files.newDirectoryStream(hour, "*.jpg")) {
                    for (Path file : files) {
                        if (whole || capturedBefore(file, cutoff)) {
                            Files.deleteIfExists(file);
                            deleted++;
                        }
                    }
                }
                deleteIfEmpty(hour);
            }
        }
        deleteIfEmpty(day);
        return deleted;
    }

    private static boolean capturedBefore(Path file, Instant cutoff) {
        String name = file.getFileName().toString();
        try {
            return Instant.from(NAME.parse(name.substring(0, 20))).isBefore(cutoff);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder)) {
            if (left.iterator().hasNext()) {
                return;
            }
        }
        Files.deleteIfExists(folder);
    }

    static String requireCameraId(String cameraId) {
        if (cameraId == null || !CAMERA_ID.matcher(cameraId).matches()) {
            throw new IllegalArgumentException("camera id " + cameraId
                    + " cannot name a folder: use letters, digits, '.', '_' or '-' (at most 64)");
        }
        return cameraId;
    }

    public Path root() {
        return root;
    }
}
