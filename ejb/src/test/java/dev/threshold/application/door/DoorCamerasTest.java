package dev.threshold.application.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DoorCamerasTest {

    private static final Instant NOW = Instant.parse("2026-12-06T11:00:00Z");
    private final Camera lobby = new Camera("Lobby", NOW);
    private final Camera street = new Camera("Street", NOW);
    private final Map<String, Camera> existing = Map.of("Lobby", lobby, "Street", street);
    private final List<String> lookedUp = new ArrayList<>();
    private final Function<String, Optional<Camera>> byName = name -> {
        lookedUp.add(name);
        return Optional.ofNullable(existing.get(name));
    };

    @Test
    void existingCamerasAreChosenInTheAdminsOrderOnceEach() {
        assertEquals(List.of(street, lobby), DoorCameras.choose(List.of("Street", " Lobby ", "Street"), byName));
    }

    @Test
    void noCamerasIsAChoiceToo() {
        assertEquals(List.of(), DoorCameras.choose(List.of(), byName));
    }

    @Test
    void aTypoIsRefusedByNameInsteadOfBecomingANewCamera() {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> DoorCameras.choose(List.of("Lobby", "Lobyb"), byName));
        assertEquals("cameras", e.field());
        assertTrue(e.getMessage().startsWith("No camera is named \"Lobyb\":"), e.getMessage());
    }

    @Test
    void everyUnknownNameIsNamedInOneMessage() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> DoorCameras.choose(List.of("Yard", "Lobby", "Dock"), byName));
        assertTrue(e.getMessage().startsWith("No cameras are named \"Yard\", \"Dock\":"), e.getMessage());
    }

    @Test
    void moreThanSixteenCamerasAreRefusedBeforeAnyIsLookedUp() {
        List<String> seventeen =
                IntStream.rangeClosed(1, 17).mapToObj(i -> "Cam " + i).toList();
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> DoorCameras.choose(seventeen, byName));
        assertEquals("cameras", e.field());
        assertEquals(List.of(), lookedUp);
    }
}
