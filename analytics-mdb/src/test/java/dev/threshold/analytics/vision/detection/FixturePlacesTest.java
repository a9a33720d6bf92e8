package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixturePlacesTest {

    private static final BoundingBox MANNEQUIN = new BoundingBox(294, 78, 310, 128);

    @Test
    void aBoxWhereAFixtureStoodAMomentAgoIsAtItsPlace() {
        FixturePlaces places = new FixturePlaces();
        places.remember(MANNEQUIN, 3.0);

        // the detector's next box of it, its bottom row a few pixels lower
        assertTrue(places.at(new BoundingBox(295, 77, 310, 133), 4.2));
    }

    @Test
    void aBoxBesideItOrLongAfterIsNot() {
        FixturePlaces places = new FixturePlaces();
        places.remember(MANNEQUIN, 3.0);

        assertFalse(places.at(new BoundingBox(312, 70, 336, 150), 3.2), "someone walking past beside it");
        assertFalse(places.at(MANNEQUIN, 3.0 + FixturePlaces.MEMORY_SECONDS + 1), "forgotten after its memory");
    }

    @Test
    void aFixtureFramedAgainIsRememberedAgain() {
        FixturePlaces places = new FixturePlaces();
        places.remember(MANNEQUIN, 0);
        places.remember(MANNEQUIN, 8);

        assertTrue(places.at(MANNEQUIN, 15));
    }
}
