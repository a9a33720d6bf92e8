package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorPoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo loop tells the story the README promises, with times the verdict work can rely on. */
class DemoScriptTest {

    private final DemoScript script = DemoScript.standard();

    @Test
    void theLoopHasSixEntriesOnFourBadgesOneExitAndTwoPassersBy() {
        List<ScriptedCrossing> crossings = script.crossings();
        assertEquals(6, crossings.stream().filter(ScriptedCrossing::entering).count(), crossings.toString());
        assertEquals(1, crossings.stream().filter(c -> !c.entering()).count(), crossings.toString());
        assertEquals(4, script.badges().size());
        assertEquals(
                List.of("Ada Park", "Grace Liu", "Linus Berg", "Margaret Osei"),
                script.badges().stream().map(b -> b.actor().name()).toList());
        long passersBy = script.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.PASS_BY)
                .count();
        assertEquals(2, passersBy);
        script.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.PASS_BY)
                .forEach(p -> assertEquals(List.of(), p.crossings(), p + " never goes through the door"));
    }

    @Test
    void everyoneWhoBadgesWalksInSoonAfterAndATailgaterFollowsWithinTheSameDoorWindow() {
        for (Passage entry : script.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.ENTRY)
                .toList()) {
            Badge badge = entry.badge().orElseThrow();
            List<ScriptedCrossing> crossings = entry.crossings();
            assertEquals(entry.people(), crossings.size(), entry + ": everyone walks in once");
            for (ScriptedCrossing c : crossings) {
                assertTrue(c.entering(), entry.toString());
                double afterBadge = c.atSeconds() - badge.atSeconds();
                // The door window of a grant lasts 10 s by default: every entry must fall well inside it.
                assertTrue(afterBadge > 0.5 && afterBadge < 4, entry + ": " + afterBadge + " s after the badge");
            }
        }
        long tailgating = script.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.ENTRY && p.people() == 2)
                .count();
        assertEquals(2, tailgating, "two people on one badge, twice a loop");
    }

    @Test
    void grantsAreFarEnoughApartThatTheirDoorWindowsNeverMerge() {
        List<Badge> badges = script.badges();
        for (int i = 1; i < badges.size(); i++) {
            assertTrue(badges.get(i).atSeconds() - badges.get(i - 1).atSeconds() > 11, badges.toString());
        }
        double wrap = badges.get(0).atSeconds()
                + script.loopSeconds()
                - badges.get(badges.size() - 1).atSeconds();
        assertTrue(wrap > 11, "across the loop's end too: " + wrap);
    }

    @Test
    void everyWalkFitsInTheLoopAndNoTwoPeopleEverStandOnTheSameSpot() {
        for (Walk w : script.walks()) {
            assertTrue(w.startsAt() >= 0 && w.endsAt() < script.loopSeconds(), w.startsAt() + " .. " + w.endsAt());
        }
        double closest = Double.MAX_VALUE;
        for (double t = 0; t < script.loopSeconds(); t += 0.05) {
            List<FloorPoint> present = positionsAt(t);
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    closest = Math.min(closest, present.get(i).distanceTo(present.get(j)));
                }
            }
        }
        // Close enough to walk through on one opening of the door, far enough apart to be two people (and for the
        // follower to be seen outside for more than a frame at 5 fps: DemoFootageCountingTest).
        assertTrue(closest > 0.6 && closest < 2.0, "closest two people: " + closest + " m");
    }

    @Test
    void aWalkIsWhereItsWaypointsSayAndCrossesTheDoorAtTheStatedTime() {
        Walk w = Walk.from(2.5, -2, 1.0)
                .to(2.5, 2)
                .by(Appearance.of(0, 0, 0, 0, 1.7))
                .crossingAt(10);
        assertEquals(Optional.empty(), w.positionAt(7.9));
        assertEquals(-1.0, w.positionAt(9).orElseThrow().y(), 1e-9);
        assertEquals(List.of(new ScriptedCrossing(10, true)), w.doorCrossings());
        assertEquals(1.0, w.headingAt(9).y(), 1e-9);
        assertEquals(Math.PI * 2 / 1.4, w.stridePhaseAt(9) - w.stridePhaseAt(8), 1e-9);
    }

    private List<FloorPoint> positionsAt(double t) {
        return script.walks().stream().flatMap(w -> w.positionAt(t).stream()).toList();
    }
}
