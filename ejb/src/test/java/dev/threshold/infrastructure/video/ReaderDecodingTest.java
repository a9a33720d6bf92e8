package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reader's decoder skips B-frames only where the analysis cannot miss them: real FFmpeg, a real eval clip. */
@Timeout(60)
class ReaderDecodingTest {

    /** 24 s at 25 fps, H.264 High with B-frames: 342 of its 600 frames are reference frames. */
    private static final String B_FRAMES = "caviar_TwoLeaveShop2front_reversed.mp4";

    private static CameraReader read(Path clip, double analysisFps, CollectingSink sink) {
        CameraReader reader = CameraReader.ofFootage(
                "door-1",
                StreamSource.of(clip),
                ReaderSettings.DEFAULTS.withAnalysisFps(analysisFps),
                sink,
                Instant.EPOCH);
        reader.run();
        assertNull(reader.health().lastError());
        return reader;
    }

    @Test
    void atFiveFpsOfATwentyFiveFpsStreamNonReferenceFramesAreNotDecodedAndEveryFifthOfASecondStillHasItsFrame() {
        CollectingSink sink = new CollectingSink();
        CameraReader reader = read(Media.shared(B_FRAMES), 5, sink);

        assertTrue(reader.framesDecoded() < 400, reader.framesDecoded() + " of 600 frames decoded");
        assertEquals(120, sink.frames.size(), 1, "5 frames a second of a 24 s clip");
        for (int i = 0; i < sink.frames.size(); i++) {
            long at = Duration.between(Instant.EPOCH, sink.frames.get(i).capturedAt())
                    .toMillis();
            // the frame kept for the i-th fifth of a second is its first decoded one: at most 80 ms (two frames) late
            assertTrue(at >= i * 200L && at <= i * 200L + 80, "frame " + i + " at " + at + " ms");
        }
    }

    @Test
    void aStreamUnderFourTimesTheAnalysisRateIsDecodedWhole() {
        CollectingSink sink = new CollectingSink();
        CameraReader reader = read(Media.shared(B_FRAMES), 10, sink);

        assertEquals(600, reader.framesDecoded());
        assertEquals(240, sink.frames.size(), 1);
        for (int i = 0; i < sink.frames.size(); i++) {
            long at = Duration.between(Instant.EPOCH, sink.frames.get(i).capturedAt())
                    .toMillis();
            assertTrue(
                    at >= i * 100L && at < i * 100L + 40, "frame " + i + " at " + at + " ms: the first of its 1/10 s");
        }
    }

    @Test
    void theSkipNeedsAStreamOfAtLeastFourTimesTheAnalysisRate() {
        assertTrue(ReaderDecoding.skipsNonReference(25, 5));
        assertTrue(ReaderDecoding.skipsNonReference(20, 5));
        assertFalse(ReaderDecoding.skipsNonReference(15, 5), "three B-frames in a row would leave a 1/5 s empty");
        assertFalse(ReaderDecoding.skipsNonReference(10, 5));
        assertFalse(ReaderDecoding.skipsNonReference(0, 5), "a stream that declares no rate");
    }
}
