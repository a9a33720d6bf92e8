package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhook's door look-up on the real schema (Flyway on an in-memory H2, through Hibernate): the door comes with
 * its cameras already read (in name order, as the lazy collection gives them), so labelling its events needs no
 * second query; a door without cameras or no door at all are found as such.
 */
class JpaDoorRepositoryTest {

    private static final String URL = "jdbc:h2:mem:door-repository-test;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private static EntityManagerFactory factory;

    @BeforeAll
    static void storeDoors() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
        H2TestDatabase.inTransaction(factory, em -> {
            Camera yard = new Camera("Yard", NOW);
            Camera hall = new Camera("Hall", NOW);
            em.persist(yard);
            em.persist(hall);
            Door watched = new Door("101", "Front door", NOW);
            watched.watchWith(List.of(yard, hall), NOW);
            em.persist(watched);
            em.persist(new Door("102", "Back door", NOW));
        });
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aWatchedDoorComesWithItsCamerasRead() {
        EntityManager em = factory.createEntityManager();
        Door door = new JpaDoorRepository(em).findWithCameras("101").orElseThrow();
        assertTrue(factory.getPersistenceUnitUtil().isLoaded(door, "cameras"), "cameras read with the door");
        em.close(); // a lazy collection could not be read any more
        assertEquals(
                List.of("Hall", "Yard"),
                door.cameras().stream().map(Camera::name).toList());
    }

    @Test
    void aDoorWithoutCamerasComesWithNone() {
        EntityManager em = factory.createEntityManager();
        Door door = new JpaDoorRepository(em).findWithCameras("102").orElseThrow();
        em.close();
        assertEquals("Back door", door.name());
        assertEquals(List.of(), door.cameras());
    }

    @Test
    void anUnknownDoorIsNotFound() {
        EntityManager em = factory.createEntityManager();
        assertEquals(Optional.empty(), new JpaDoorRepository(em).findWithCameras("999"));
        em.close();
    }
}
