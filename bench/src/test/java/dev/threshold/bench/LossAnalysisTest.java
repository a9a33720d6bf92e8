package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where a missed crossing was lost, told from synthetic frames: a 10 m corridor, door at y 5 m, inside y < 5. */
class LossAnalysisTest {

    private static final FloorGeometry DOOR = SceneJson.parse("""
            {"format": "threshold-scene/1", "camera": {"name": "corridor", "width": 100, "height": 100},
             "floor": {"image": [[0,0],[100,0],[100,100],[0,100]], "widthMeters": 10, "depthMeters": 10,
                       "tiles": {"cols": 10, "rows": 10}},
             "door": {"line": [[20,50],[80,50]], "inside": [50,20]}}""").geometry();

    private static EvalCase entryAt(double t) {
        return new EvalCase(
                Path.of("x.case.json"),
                Path.of("x.mp4"),
                DOOR.scene(),
                5,
                1.5,
                List.of(new EvalCase.TrueCrossing(t, Direction.IN)),
                List.of(),
                new EvalCase.Expect(
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty()));
    }

    /** One person walking in from depth -1.5 m to +1.5 m over 3 s around t 10 s, as detection and as track. */
    private static List<StageRecorder.Frame> walkIn(boolean detected, boolean tracked, boolean footOnFloor) {
        List<StageRecorder.Frame> frames = new ArrayList<>();
        for (int i = 0; i <= 15; i++) {
            double t = 8.5 + i * 0.2, side = -1.5 + i * 0.2;
            StageRecorder.Placed p =
                    new StageRecorder.Placed(tracked ? 7 : -1, footOnFloor ? side : -4, 0.5, true, true, true);
            frames.add(new StageRecorder.Frame(
                    t, DOOR, detected ? List.of(p) : List.of(), tracked ? List.of(p) : List.of()));
        }
        return frames;
    }

    private static LossStage stage(List<StageRecorder.Frame> frames, List<CrossingMatch.Detected> detected) {
        EvalCase c = entryAt(10);
        CrossingMatch.Pairing pairing = CrossingMatch.pair(c.crossings(), detected, c.toleranceSeconds());
        List<LossAnalysis.Loss> losses = LossAnalysis.of(c, detected, pairing, frames);
        assertEquals(1, losses.size(), losses::toString);
        return losses.get(0).stage();
    }

    @Test
    void nothingSeenIsNeverDetected() {
        assertEquals(LossStage.NEVER_DETECTED, stage(walkIn(false, false, true), List.of()));
    }

    @Test
    void aBoxOnTheDoorLineWhoseFootPointIsElsewhereHasNoFloorPosition() {
        assertEquals(LossStage.NO_FLOOR_POSITION, stage(walkIn(true, false, false), List.of()));
    }

    @Test
    void detectionsWithoutATrackAreLostByTheTracker() {
        assertEquals(LossStage.TRACK, stage(walkIn(true, false, true), List.of()));
    }

    @Test
    void aTrackOnBothSidesWithoutACrossingIsTheSideDecision() {
        assertEquals(LossStage.SIDE_DECISION, stage(walkIn(true, true, true), List.of()));
    }

    @Test
    void aCrossingTheOtherWayIsTheWrongDirection() {
        assertEquals(
                LossStage.WRONG_DIRECTION,
                stage(walkIn(true, true, true), List.of(new CrossingMatch.Detected(10.2, Direction.OUT, 7))));
    }

    @Test
    void aMatchedCrossingIsNoLoss() {
        EvalCase c = entryAt(10);
        List<CrossingMatch.Detected> detected = List.of(new CrossingMatch.Detected(10.1, Direction.IN, 7));
        assertEquals(
                List.of(),
                LossAnalysis.of(
                        c, detected, CrossingMatch.pair(c.crossings(), detected, 1.5), walkIn(true, true, true)));
    }
}
