package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded footage: refused in words when it is not video or cannot be decoded; read on its own timeline. */
@Timeout(60)
class FootageTest {

    @TempDir
    Path temp;

    @Test
    void anH264FileIsDescribed() throws Exception {
        FootageProbe.Footage footage = FootageProbe.probe(Media.h264(4, 640, 360));

        assertEquals("h264", footage.codec());
        assertEquals(640, footage.width());
        assertEquals(360, footage.height());
        assertEquals(25, footage.fps(), 0.01);
        assertEquals(4000, footage.length().toMillis(), 100);
    }

    @Test
    void aTextFileIsNotVideo() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.mp4"), "minutes of the meeting\n".repeat(200));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FootageProbe.probe(text));
        assertTrue(e.getMessage().startsWith("not a video"), e.getMessage());
    }

    @Test
    void aCodecThisServerCannotDecodeIsNamed() throws Exception {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FootageProbe.probe(Media.unknownCodec()));
        assertTrue(e.getMessage().contains("unsupported codec"), e.getMessage());
    }

    @Test
    void footageIsReadOnItsOwnTimelineAtFullSpeedWithoutDroppingFrames() throws Exception {
        Instant recordedAt = Instant.parse("2026-11-20T17:45:00Z");
        CollectingSink sink = new CollectingSink();
        CameraReader reader = CameraReader.ofFootage(
                "cam-footage-0123456789ab",
                StreamSource.of(Media.h264(4, 640, 360)),
                ReaderSettings.DEFAULTS.withAnalysisFps(5).withRealTime(true),
                sink,
                recordedAt);

        long started = System.nanoTime();
        reader.run();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3500, "not played in real time");
        assertNull(reader.health().lastError());
        assertEquals(20, sink.frames.size(), "4 s at 5 fps");
        assertEquals(recordedAt, sink.frames.get(0).capturedAt());
        assertEquals(recordedAt.plusMillis(3800), sink.frames.get(19).capturedAt());
        assertEquals(0, reader.health().droppedFrames());
    }

    @Test
    void videoLargerThan4kIsRefusedNamingTheLimit() throws Exception {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FootageProbe.probe(Media.h264(1, 4096, 2160)));
        assertTrue(e.getMessage().contains("4096×2160") && e.getMessage().contains("3840×2160"), e.getMessage());
    }

    @Test
    void fourKEitherWayUpIsTheLargestPictureAnalysed() {
        FootageProbe.checkResolution(3840, 2160);
        FootageProbe.checkResolution(2160, 3840);
        FootageProbe.checkResolution(640, 360);
        for (int[] size : new int[][] {{3841, 2160}, {3840, 2161}, {2161, 3840}, {7680, 4320}, {5000, 1000}}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> FootageProbe.checkResolution(size[0], size[1]),
                    size[0] + "x" + size[1]);
        }
    }
}
