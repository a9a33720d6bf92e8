package dev.threshold.domain.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoorTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void aLockIdIsKisisIdTrimmedAndAnythingElseIsRefusedNamingTheField() {
        assertEquals("4711", Door.validLockId(" 4711 "));
        for (String bad : new String[] {null, "", "47 11", "4711/../x", "x".repeat(65)}) {
            assertEquals(
                    "lockId",
                    assertThrows(InvalidValueException.class, () -> Door.validLockId(bad))
                            .field());
        }
    }

    @Test
    void keepsKisisLatestNameButNeverForgetsItForABlankOne() {
        Door door = new Door("4711", "Front door", NOW);
        door.rename("  ", NOW);
        assertEquals("Front door", door.name());
        door.rename("Main entrance", NOW);
        assertEquals("Main entrance", door.displayName());
        assertEquals("Lock 9", new Door("9", null, NOW).displayName());
    }

    @Test
    void isWatchedByTheCamerasLastMapped() {
        Door door = new Door("4711", "Front door", NOW);
        Camera lobby = new Camera("Lobby", NOW);
        door.watchWith(List.of(lobby, new Camera("Street", NOW)), NOW);
        door.watchWith(List.of(lobby), NOW);
        assertEquals(List.of(lobby), door.cameras());
    }

    @Test
    void cameraNamesArePrintableAndShort() {
        assertEquals("Lobby", Camera.validName("  Lobby "));
        assertThrows(InvalidValueException.class, () -> Camera.validName(""));
        assertThrows(InvalidValueException.class, () -> Camera.validName("a\nb"));
        assertThrows(InvalidValueException.class, () -> Camera.validName("x".repeat(101)));
    }
}
