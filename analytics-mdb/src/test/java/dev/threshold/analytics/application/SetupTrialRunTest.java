package dev.threshold.analytics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.Prerequisites;
import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.application.camera.SetupTrial;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set-up test replays a real clip as the camera would be analysed, with the bundled model (clips: ../shared). */
class SetupTrialRunTest {

    @Test
    void theReversedShopClipShowsTwoPeopleWalkingInWithTheirPictures(@TempDir Path dir) throws Exception {
        Path shared = Prerequisites.shared();
        Path clip = Files.copy(
                shared.resolve("eval/clips/caviar_TwoLeaveShop2front_reversed.mp4"), dir.resolve("upload.video"));
        DetectorChoice onnx = DetectorChoice.bundled();
        var run = new SetupTrialService.Run("t1", UUID.randomUUID(), "uploaded clip", onnx.describe(), Instant.now());

        run.replay(
                () -> clip,
                SceneJson.parse(Files.readString(shared.resolve("eval/scenes/caviar_front.scene.json"))),
                5,
                onnx);

        SetupTrial trial = run.view();
        assertEquals(SetupTrial.State.FINISHED, trial.state(), trial.error());
        assertEquals(1.0, trial.progress());
        assertEquals(120, trial.framesAnalysed(), 2, "24 s at 5 fps");
        assertEquals(2, trial.crossings().size(), trial.crossings().toString());
        for (SetupTrial.TrialCrossing c : trial.crossings()) {
            assertEquals("in", c.direction());
            assertTrue(Math.abs(c.offsetSeconds() - 12.0) < 1.5, c.toString());
            assertTrue(c.picture());
        }
        assertEquals(2, run.pictures.size());
        assertTrue(trial.firstFrame() && run.firstFrame.length > 0, "the first frame is kept to draw a grid on");
        assertFalse(Files.exists(clip), "the uploaded clip is deleted once replayed");
    }

    @Test
    void aFileThatIsNotVideoFailsInWords(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.video"), "not a video at all");
        DetectorChoice modelFree = DetectorChoice.of("model-free", Optional.empty());
        var run = new SetupTrialService.Run(
                "t2", UUID.randomUUID(), "uploaded clip", modelFree.describe(), Instant.now());

        run.replay(() -> text, SceneJson.parse(TestScenes.CAVIAR), 5, modelFree);

        SetupTrial trial = run.view();
        assertEquals(SetupTrial.State.FAILED, trial.state());
        assertTrue(trial.error() != null && !trial.error().isBlank(), String.valueOf(trial.error()));
        assertTrue(trial.crossings().isEmpty());
    }
}
