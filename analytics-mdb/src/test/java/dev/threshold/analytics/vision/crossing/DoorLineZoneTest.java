package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorPoint;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DoorLineZoneTest {

    @Test
    void aCleanPassageInwardsCountsOnceAsIn() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(5, 8), new FloorPoint(5, 2));
        assertEquals(1, c.crossings.size(), c.crossings::toString);
        LineCrossing in = c.crossings.get(0);
        assertEquals(Direction.IN, in.direction());
        // crossed y = 5 after 3 m at 1.2 m/s, and the event carries the time the new side began, not the end of inertia
        assertEquals(2.5, Duration.between(Instant.EPOCH, in.at()).toMillis() / 1000.0, 0.2);
        assertTrue(in.confidence() > 0.7);
    }

    @Test
    void goingOutwardsIsOut() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(5, 2), new FloorPoint(5, 8));
        assertEquals(1, c.count(Direction.OUT));
        assertEquals(0, c.count(Direction.IN));
    }

    @Test
    void jitterAtTheLineDoesNotCount() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(5, 7), new FloorPoint(5, 5.3));
        // standing on the threshold for four seconds, feet flickering 25 cm either side, then back out
        for (int i = 0; i < 100; i++) {
            c.frame(new FloorPoint(5, i % 2 == 0 ? 4.75 : 5.25));
        }
        c.walk(new FloorPoint(5, 5.3), new FloorPoint(5, 7));
        assertEquals(0, c.crossings.size(), c.crossings::toString);
    }

    @Test
    void inAndBackOutAreTwoCrossings() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(5, 8), new FloorPoint(5, 3));
        c.walk(new FloorPoint(5, 3), new FloorPoint(5, 8));
        assertEquals(1, c.count(Direction.IN));
        assertEquals(1, c.count(Direction.OUT));
    }

    @Test
    void movingAboutInsideOrAlongTheCorridorNeverCounts() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(1, 2), new FloorPoint(9, 3)); // inside, across the room
        c.walk(new FloorPoint(9, 3), new FloorPoint(3, 1));
        Corridor corridor = new Corridor();
        corridor.walk(new FloorPoint(0.5, 7), new FloorPoint(9.5, 7)); // outside, along the door
        assertEquals(0, c.crossings.size());
        assertEquals(0, corridor.crossings.size());
    }

    @Test
    void passingTheLinesExtensionBesideTheDoorDoesNotCount() {
        Corridor c = new Corridor();
        c.walk(new FloorPoint(9.5, 8), new FloorPoint(9.5, 2)); // the door ends at x = 8 m
        assertEquals(0, c.crossings.size(), c.crossings::toString);
    }

    @Test
    void twoPeopleSideBySideThroughTheDoorAreTwoEntriesByTwoTracks() {
        Corridor c = new Corridor();
        for (int i = 0; i <= 125; i++) {
            double y = 8 - 1.2 * i / Corridor.FPS;
            c.frame(new FloorPoint(4.7, y), new FloorPoint(5.3, y + (i % 3 - 1) * 0.05));
        }
        assertEquals(2, c.count(Direction.IN), c.crossings::toString);
        assertEquals(
                2, c.crossings.stream().map(LineCrossing::trackId).distinct().count());
        assertEquals(2, c.confirmedIds.size());
    }

    @Test
    void atFiveFramesASecondTwoPeopleSideBySideAreStillTwoEntries() {
        Corridor c = new Corridor(5);
        java.util.Random noise = new java.util.Random(11);
        for (int i = 0; i <= 30; i++) {
            double y = 8 - 1.3 * i / c.fps;
            FloorPoint left = new FloorPoint(4.7 + noise.nextGaussian() * 0.06, y + noise.nextGaussian() * 0.06);
            FloorPoint right = new FloorPoint(5.3 + noise.nextGaussian() * 0.06, y + noise.nextGaussian() * 0.06);
            if (i == 14 || i == 17) {
                // the detector saw one wide box over both, its foot point between them
                c.frame(new FloorPoint(5.0, y));
            } else {
                c.frame(noise.nextBoolean() ? new FloorPoint[] {left, right} : new FloorPoint[] {right, left});
            }
        }
        assertEquals(2, c.count(Direction.IN), c.crossings::toString);
        assertEquals(0, c.count(Direction.OUT), c.crossings::toString);
        assertEquals(
                2, c.crossings.stream().map(LineCrossing::trackId).distinct().count());
    }

    @Test
    void atFiveFramesASecondACleanPassageCountsOnce() {
        Corridor c = new Corridor(5);
        c.walk(new FloorPoint(5, 8), new FloorPoint(5, 2));
        assertEquals(1, c.count(Direction.IN), c.crossings::toString);
        assertEquals(1, c.crossings.size(), c.crossings::toString);
    }

    @Test
    void someoneSteppingOutFromBehindAnotherIsNotCountedLeavingFirst() {
        // At 5 fps, B walks beside A but hidden by A; B's first boxes lack their feet, which puts B 30 cm inside the
        // door while A is still outside. Then B is seen where B walks, and both walk in.
        Corridor c = new Corridor(5);
        double step = 1.3 / c.fps;
        for (int i = 0; i <= 16; i++) {
            double y = 7 - i * step;
            FloorPoint a = new FloorPoint(5, y);
            if (i < 4) {
                c.frame(a);
            } else if (i < 6) {
                c.frame(a, new FloorPoint(5.5, 4.7 + (i - 4) * 0.05));
            } else {
                c.frame(a, new FloorPoint(5.6, y));
            }
        }
        assertEquals(2, c.count(Direction.IN), c.crossings::toString);
        assertEquals(0, c.count(Direction.OUT), c.crossings::toString);
    }

    @Test
    void someoneWalkingInPastAFigureStandingBehindThemInsideIsCounted() {
        // At 5 fps a figure (a mannequin) stands 40 cm inside the door. A person comes into view outside, in front
        // of it: their box overlaps the figure's in the image, their feet lower, nearer the camera. The figure hid
        // nothing of them, so the side they were first seen on is theirs, and walking in is an entry.
        Corridor c = new Corridor(5);
        FloorPoint figure = new FloorPoint(5.3, 4.6);
        for (int i = 0; i < 15; i++) {
            c.frame(figure);
        }
        double step = 1.2 / c.fps;
        for (int i = 0; i <= 15; i++) {
            c.frame(figure, new FloorPoint(4.8, 6.0 - i * step));
        }
        assertEquals(1, c.count(Direction.IN), c.crossings::toString);
        assertEquals(0, c.count(Direction.OUT), c.crossings::toString);
    }
}
