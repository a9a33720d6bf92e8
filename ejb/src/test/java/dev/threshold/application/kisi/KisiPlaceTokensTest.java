package dev.threshold.application.kisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.settings.KisiPlaceRepository;
import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.security.TestSecretBoxes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which token each place and each door's place is asked with, and the words when a place has none. */
class KisiPlaceTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dataDir;

    private final List<KisiSettings> firstPlace = new ArrayList<>();
    private final List<KisiPlace> places = new ArrayList<>();
    private final List<Door> doors = new ArrayList<>();
    private KisiPlaceTokens tokens;
    private KisiPlace annex;

    @BeforeEach
    void twoPlaces() {
        SecretBox box = TestSecretBoxes.inDataDir(dataDir);
        tokens = new KisiPlaceTokens();
        tokens.secrets = box;
        tokens.firstPlace = new FirstPlace();
        tokens.places = new Places();
        tokens.doors = new Doors();

        KisiSettings settings = new KisiSettings("12", "34", null, NOW, "admin");
        settings.replaceApiToken(box.seal("first-token"), NOW, "admin");
        firstPlace.add(settings);
        annex = new KisiPlace("Annex", "77", "78", NOW, "admin");
        annex.replaceApiToken(box.seal("annex-token"), NOW, "admin");
        places.add(annex);
        Door inAnnex = new Door("9001", "Annex door", NOW);
        inAnnex.inPlace(annex.id(), NOW);
        doors.add(inAnnex);
        doors.add(new Door("9002", "Lobby", NOW));
    }

    @Test
    void eachPlaceIsAskedWithItsOwnTokenAndKisiId() {
        assertEquals(
                new KisiPlaceAccess(KisiPlaceTokens.FIRST_PLACE_NAME, "12", "34", "first-token"),
                tokens.of(PlaceSelection.FIRST));
        assertEquals(
                new KisiPlaceAccess("place Annex", "77", "78", "annex-token"),
                tokens.of(new PlaceSelection(annex.id())));
    }

    @Test
    void aDoorIsAskedAboutWithItsPlacesTokenAnUnknownDoorWithTheFirstPlaces() {
        assertEquals("annex-token", tokens.ofDoor("9001").apiToken());
        assertEquals("first-token", tokens.ofDoor("9002").apiToken());
        assertEquals("first-token", tokens.ofDoor("no-such-door").apiToken());
        assertEquals("first-token", tokens.ofDoor(null).apiToken(), "a delivery whose incident is gone");
    }

    @Test
    void aPlaceWithoutATokenIsRefusedInWordsNeverAskedWithAnothers() {
        annex.clearApiToken(NOW, "admin");
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> tokens.ofDoor("9001"));
        assertEquals("apiToken", refused.field());
        assertTrue(refused.getMessage().startsWith("Kisi place Annex has no API token"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PUT /api/settings/kisi/places/" + annex.id()), refused.getMessage());
        assertEquals("first-token", tokens.ofDoor("9002").apiToken(), "the other place is unaffected");
    }

    @Test
    void anUnknownPlaceIsRefusedNamingPlaceAndAnUnsavedFirstPlaceNamingItsId() {
        assertEquals(
                "place",
                assertThrows(InvalidValueException.class, () -> tokens.of(new PlaceSelection(UUID.randomUUID())))
                        .field());
        firstPlace.clear();
        assertEquals(
                "placeId",
                assertThrows(InvalidValueException.class, () -> tokens.of(PlaceSelection.FIRST))
                        .field());
    }

    @Test
    void theAccessNeverShowsItsToken() {
        String text = tokens.of(new PlaceSelection(annex.id())).toString();
        assertFalse(text.contains("annex-token"), text);
        assertTrue(text.contains("78"), text);
    }

    private final class FirstPlace implements KisiSettingsRepository {
        @Override
        public Optional<KisiSettings> find() {
            return firstPlace.stream().findFirst();
        }

        @Override
        public void store(KisiSettings settings) {
            firstPlace.add(settings);
        }
    }

    private final class Places implements KisiPlaceRepository {
        @Override
        public List<KisiPlace> all() {
            return List.copyOf(places);
        }

        @Override
        public Optional<KisiPlace> find(UUID id) {
            return places.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Optional<KisiPlace> findByKisiIds(String organizationId, String placeId) {
            return places.stream()
                    .filter(p -> p.organizationId().equals(organizationId)
                            && p.placeId().equals(placeId))
                    .findFirst();
        }

        @Override
        public Optional<KisiPlace> findByName(String name) {
            return places.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        @Override
        public void store(KisiPlace place) {
            places.add(place);
        }

        @Override
        public void remove(KisiPlace place) {
            places.remove(place);
        }
    }

    private final class Doors implements DoorRepository {
        @Override
        public Optional<Door> find(String lockId) {
            return doors.stream().filter(d -> d.lockId().equals(lockId)).findFirst();
        }

        @Override
        public void store(Door door) {
            doors.add(door);
        }

        @Override
        public void remove(Door door) {
            doors.remove(door);
        }

        @Override
        public List<Door> all() {
            return List.copyOf(doors);
        }

        @Override
        public List<Door> watchedBy(UUID cameraId) {
            return List.of();
        }

        @Override
        public long countInPlace(UUID placeId) {
            return doors.stream().filter(d -> placeId.equals(d.placeId())).count();
        }
    }
}
