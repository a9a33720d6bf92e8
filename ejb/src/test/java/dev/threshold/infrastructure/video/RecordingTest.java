package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Segments, retention, clips and snapshots, checked with ffprobe. Recorded from files (fast, same code path). */
@Timeout(120)
class RecordingTest {

    @TempDir
    Path temp;

    private static final RecorderSettings TWO_SECONDS =
            RecorderSettings.DEFAULTS.withSegmentLength(Duration.ofSeconds(2));

    private SegmentStore record(Path clip, RecorderSettings settings) {
        SegmentStore store = new SegmentStore(temp.resolve("recordings"));
        SegmentRecorder recorder =
                new SegmentRecorder("door-1", StreamSource.of(clip), settings, store, Clock.systemUTC());
        recorder.run();
        RecorderStatus status = recorder.status();
        assertEquals(null, status.lastError());
        assertTrue(status.finished());
        return store;
    }

    @Test
    void theStreamIsCopiedIntoSegmentsOfTheChosenLengthStartingOnKeyFrames() throws Exception {
        Path clip = Media.h264(6, 640, 360);
        List<Segment> segments = record(clip, TWO_SECONDS).segments("door-1");

        assertEquals(3, segments.size(), segments.toString());
        for (Segment s : segments) {
            assertFalse(s.open());
            assertEquals(2000, Duration.between(s.start(), s.end()).toMillis(), 50, s.toString());
            assertEquals("h264", Media.probe(s.file(), "stream=codec_name", false), "copied, not re-encoded");
            assertEquals("50", Media.probe(s.file(), "stream=nb_read_frames", true));
        }
        assertEquals(segments.get(0).end(), segments.get(1).start(), "segments follow each other without a hole");
    }

    @Test
    void retentionDeletesTheOldestSegmentsBeyondTheSizeLimitAndThoseTooOld() throws Exception {
        Path clip = Media.h264(6, 640, 360);
        SegmentStore unlimited = record(clip, TWO_SECONDS);
        List<Segment> all = unlimited.segments("door-1");
        long oneSegment = all.get(0).bytes();
        Files.walk(unlimited.root())
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());

        SegmentStore limited =
                record(clip, TWO_SECONDS.withRetention(Duration.ofDays(1), oneSegment * 2 + oneSegment / 2));
        List<Segment> kept = limited.segments("door-1");
        assertEquals(2, kept.size(), "the size limit holds two segments: " + kept);
        assertEquals(
                4000,
                Duration.between(kept.get(0).start(), kept.get(1).end()).toMillis(),
                50,
                "the last two of the three remain: the oldest went first");

        Instant inAnHour = kept.get(1).end().plus(Duration.ofHours(1));
        assertEquals(2, limited.applyRetention("door-1", Duration.ofMinutes(30), Long.MAX_VALUE, inAnHour));
        assertTrue(limited.segments("door-1").isEmpty());
    }

    @Test
    void theTotalSizeOfAllCamerasRecordingsIsKeptByDeletingTheOldestWhicheverCamera() throws Exception {
        Path clip = Media.h264(6, 640, 360);
        SegmentStore store = new SegmentStore(temp.resolve("recordings"));
        Clock first = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), java.time.ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2026-11-29T08:01:00Z"), java.time.ZoneOffset.UTC);
        new SegmentRecorder("door-1", StreamSource.of(clip), TWO_SECONDS, store, first).run();
        new SegmentRecorder("door-2", StreamSource.of(clip), TWO_SECONDS, store, later).run();
        long all = store.segments("door-1").stream().mapToLong(Segment::bytes).sum()
                + store.segments("door-2").stream().mapToLong(Segment::bytes).sum();
        long oneCamera =
                store.segments("door-2").stream().mapToLong(Segment::bytes).sum();

        assertEquals(3, store.applyTotalRetention(oneCamera));

        assertTrue(store.segments("door-1").isEmpty(), "the older camera's segments went first");
        assertEquals(3, store.segments("door-2").size());
        assertEquals(
                java.util.List.of("door-1", "door-2"),
                store.cameraIds().stream().sorted().toList());
        assertTrue(all > oneCamera);
    }

    @Test
    void aClipAcrossSegmentsIsABrowserPlayableH264Mp4OfTheRequestedSpan() throws Exception {
        Path clip = Media.h264(6, 640, 360);
        SegmentStore store = record(clip, TWO_SECONDS);
        Instant t0 = store.segments("door-1").get(0).start();
        ClipCutter cutter = new ClipCutter(store, Clock.systemUTC());
        Path out = temp.resolve("incident.mp4");

        Clip cut = cutter.cut("door-1", t0.plusMillis(1000), t0.plusMillis(4000), out);

        assertFalse(cut.reencoded());
        assertEquals("h264", Media.probe(out, "stream=codec_name", false));
        double duration = Double.parseDouble(Media.probe(out, "format=duration", false));
        // Copying starts at the key frame at or before the start (one a second here): 3 s requested, 3 to 4 s given.
        assertEquals(3.5, duration, 0.6, "duration " + duration);
        int frames = Integer.parseInt(Media.probe(out, "stream=nb_read_frames", true));
        assertEquals(duration * 25, frames, 3);
        assertFalse(cut.start().isAfter(t0.plusMillis(1000)));
        byte[] head = Files.readAllBytes(out);
        String text = new String(head, 0, Math.min(head.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(
                text.indexOf("moov") >= 0 && text.indexOf("moov") < text.indexOf("mdat"),
                "the index is at the front so a browser starts playing before the download ends");
    }

    @Test
    void anMpeg1RecordingIsReencodedToH264() throws Exception {
        Path clip = Media.mpeg1(4);
        SegmentStore store = record(clip, TWO_SECONDS);
        Instant t0 = store.segments("door-1").get(0).start();
        Path out = temp.resolve("old-camera.mp4");

        Clip cut = new ClipCutter(store, Clock.systemUTC()).cut("door-1", t0.plusMillis(500), t0.plusMillis(3000), out);

        assertTrue(cut.reencoded());
        assertEquals("h264", Media.probe(out, "stream=codec_name", false));
        assertEquals(2.5, Double.parseDouble(Media.probe(out, "format=duration", false)), 0.3);
    }

    @Test
    void aSnapshotIsAJpegOfTheClipsSize() throws Exception {
        Path clip = Media.h264(6, 640, 360);
        SegmentStore store = record(clip, TWO_SECONDS);
        Instant t0 = store.segments("door-1").get(0).start();

        byte[] jpeg = new ClipCutter(store, Clock.systemUTC()).snapshot("door-1", t0.plusMillis(2500));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void aRangeWithoutRecordingIsRefusedInWords() throws Exception {
        Path clip = Media.h264(4, 640, 360);
        SegmentStore store = record(clip, TWO_SECONDS);
        ClipCutter cutter = new ClipCutter(store, Clock.systemUTC());
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));

        NoRecordingException e = assertThrows(
                NoRecordingException.class,
                () -> cutter.cut("door-1", yesterday, yesterday.plusSeconds(10), temp.resolve("x.mp4")));
        assertTrue(e.getMessage().startsWith("no recording of camera door-1 between"), e.getMessage());
        assertTrue(e.getMessage().contains("recordings kept span"), e.getMessage());
        assertThrows(NoRecordingException.class, () -> cutter.snapshot("lobby", Instant.now()));
    }
}
