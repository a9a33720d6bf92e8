package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fixtures and passers-by on drawn frames: a grey shop front with a dark mannequin standing in it from the first
 * frame, and a dark figure that walks in later.
 */
class EmptySceneTest {

    private static final int W = 384, H = 288;
    private static final BoundingBox MANNEQUIN = new BoundingBox(150, 80, 166, 130);

    /** The shop front: mid grey with a brighter band (shelves), the mannequin, and optionally a figure. */
    private static VideoFrame frame(int index, BoundingBox figure, int light, int noise, long seed) {
        Random random = new Random(seed);
        byte[] bgr = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = (y > 60 && y < 100 ? 170 : 120) + light;
                if (inside(MANNEQUIN, x, y)) {
                    v = 40 + light;
                }
                if (figure != null && inside(figure, x, y)) {
                    v = 25 + light;
                }
                v += noise == 0 ? 0 : (int) Math.round(random.nextGaussian() * noise);
                int i = (y * W + x) * 3;
                bgr[i] = bgr[i + 1] = bgr[i + 2] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        return new VideoFrame(W, H, bgr, Instant.EPOCH.plusMillis(index * 200L));
    }

    private static boolean inside(BoundingBox b, int x, int y) {
        return x >= b.x1() && x < b.x2() && y >= b.y1() && y < b.y2();
    }

    /** Five seconds of the shop front at 5 fps, then the frame under test. */
    private static SceneChange afterAWhile(BoundingBox figure, int light, int noise) {
        EmptyScene scene = new EmptyScene();
        for (int i = 0; i < 25; i++) {
            scene.compare(frame(i, null, 0, noise, i), i * 0.2);
        }
        return scene.compare(frame(25, figure, light, noise, 25), 5.0);
    }

    @Test
    void aMannequinStandingThereSinceTheCameraStartedIsAFixture() {
        SceneChange change = afterAWhile(null, 0, 0);

        assertTrue(change.still(MANNEQUIN, List.of(MANNEQUIN)));
        assertEquals(0, change.changedShare(MANNEQUIN, List.of(MANNEQUIN)), 1e-9);
    }

    @Test
    void aPersonWhoWalkedIntoViewIsNot() {
        BoundingBox person = new BoundingBox(220, 90, 245, 170);
        SceneChange change = afterAWhile(person, 0, 0);

        assertFalse(change.still(person, List.of(person)));
        assertEquals(1, change.changedShare(person, List.of(person)), 1e-9);
    }

    @Test
    void aFixtureBesideAPasserByIsJudgedOnItsOwnPixels() {
        // The detector frames the mannequin down to the legs of someone passing in front of it, and that person.
        BoundingBox person = new BoundingBox(158, 95, 185, 160);
        BoundingBox mannequinOverTheirLegs = new BoundingBox(150, 80, 166, 160);
        SceneChange change = afterAWhile(person, 0, 0);
        List<BoundingBox> boxes = List.of(person, mannequinOverTheirLegs);

        assertTrue(change.still(mannequinOverTheirLegs, boxes), "its own pixels are the mannequin and the floor");
        assertFalse(change.still(person, boxes));
        // judged as a whole, the person's legs in it would have made it look like someone
        assertTrue(
                change.changedShare(mannequinOverTheirLegs, List.of(mannequinOverTheirLegs)) > SceneChange.STILL_SHARE);
    }

    @Test
    void aBoxMostlyCoveredByAnotherIsNotJudged() {
        // Someone half hidden behind a companion: too little of their box is their own to call them a fixture.
        BoundingBox companion = new BoundingBox(200, 80, 240, 170);
        BoundingBox halfHidden = new BoundingBox(195, 78, 230, 165);
        SceneChange change = afterAWhile(companion, 0, 0);

        assertTrue(Double.isNaN(change.changedShare(halfHidden, List.of(companion, halfHidden))));
        assertFalse(change.still(halfHidden, List.of(companion, halfHidden)));
    }

    @Test
    void darkNoisyFramesAndAChangeOfLightDoNotMakeAFixtureMove() {
        // Sensor noise of ±8 grey levels and the lights dimmed by 30 levels all over the frame.
        SceneChange change = afterAWhile(null, -30, 8);

        assertTrue(change.still(MANNEQUIN, List.of(MANNEQUIN)), "share " + change.changedShare(MANNEQUIN, List.of()));
    }

    @Test
    void darkNoisyFramesStillShowAPersonWhoWalkedIn() {
        BoundingBox person = new BoundingBox(220, 90, 245, 170);
        SceneChange change = afterAWhile(person, -30, 8);

        assertTrue(
                change.changedShare(person, List.of(person)) > 0.9, "share " + change.changedShare(person, List.of()));
    }

    @Test
    void someoneStandingStillForMinutesBecomesPartOfTheScene() {
        BoundingBox waiting = new BoundingBox(220, 90, 245, 170);
        EmptyScene scene = new EmptyScene();
        scene.compare(frame(0, null, 0, 0, 0), 0);
        boolean fixtureAfterTenSeconds = true;
        SceneChange afterFiveMinutes = null;
        for (int i = 1; i <= 1500; i++) { // 5 minutes at 5 fps
            afterFiveMinutes = scene.compare(frame(i, waiting, 0, 0, i), i * 0.2);
            if (i == 50) {
                fixtureAfterTenSeconds = afterFiveMinutes.still(waiting, List.of(waiting));
            }
        }

        assertFalse(fixtureAfterTenSeconds, "waiting ten seconds at the door is not a fixture");
        assertTrue(afterFiveMinutes.still(waiting, List.of(waiting)), "five minutes without a move is");
    }

    @Test
    void whereAFixtureStoodTheBarIsHigherButAPersonStillClearsIt() {
        // Compression blocks change a fifth of a small fixture's pixels now and then: drawn as a fixture whose lower
        // part flickered by 40 grey levels.
        BoundingBox flickering = new BoundingBox(150, 80, 166, 130);
        BoundingBox person = new BoundingBox(148, 78, 168, 132);
        EmptyScene scene = new EmptyScene();
        for (int i = 0; i < 25; i++) {
            scene.compare(frame(i, null, 0, 0, i), i * 0.2);
        }
        SceneChange withFlicker = scene.compare(frame(25, new BoundingBox(150, 122, 166, 130), 0, 0, 25), 5.0);
        double share = withFlicker.changedShare(flickering, List.of(flickering));

        assertTrue(
                share > SceneChange.STILL_SHARE && share < SceneChange.STILL_SHARE_WHERE_A_FIXTURE_STOOD, "" + share);
        assertFalse(withFlicker.still(flickering, List.of(flickering)));
        assertTrue(withFlicker.stillWhereAFixtureStood(flickering, List.of(flickering)));
        SceneChange withPerson = scene.compare(frame(26, person, 0, 0, 26), 5.2);
        assertFalse(withPerson.stillWhereAFixtureStood(person, List.of(person)), "someone standing in front of it");
    }
}
