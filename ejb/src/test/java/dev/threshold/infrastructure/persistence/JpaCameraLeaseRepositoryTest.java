package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraLease;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lease rules as the database applies them (Flyway schema on an in-memory H2, through Hibernate): one holder per
 * camera, renewals, take-over once expired, release; and of nodes racing for a camera's first lease exactly one wins.
 */
class JpaCameraLeaseRepositoryTest {

    private static final String URL = "jdbc:h2:mem:camera-lease-test;DB_CLOSE_DELAY=-1";

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(15);

    private static EntityManagerFactory factory;

    @BeforeAll
    static void schema() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theFirstNodeTakesAFreeCameraAndKeepsItWhileItRenews() {
        UUID camera = newCamera();
        assertTrue(take(camera, "node-a", NOW));
        assertFalse(take(camera, "node-b", NOW.plusSeconds(1)), "held by node-a");
        assertTrue(take(camera, "node-a", NOW.plusSeconds(5)), "renewed by its holder");
        assertFalse(take(camera, "node-b", NOW.plusSeconds(16)), "the renewal moved the expiry to 20 s");
        assertEquals("node-a", holder(camera));
    }

    @Test
    void aLeaseItsHolderStoppedRenewingIsTakenOverAndTheOldHolderCannotRenewIt() {
        UUID camera = newCamera();
        assertTrue(take(camera, "node-a", NOW));
        assertTrue(take(camera, "node-b", NOW.plusSeconds(15)), "expired: node-b takes over");
        assertEquals("node-b", holder(camera));
        assertFalse(take(camera, "node-a", NOW.plusSeconds(16)), "node-a came back too late: it must stop reading");
    }

    @Test
    void aReleasedCameraIsFreeAtOnceButOnlyItsHolderReleasesIt() {
        UUID camera = newCamera();
        assertTrue(take(camera, "node-a", NOW));
        inTransaction(em -> {
            new JpaCameraLeaseRepository(em).release(camera, "node-b");
            return null;
        });
        assertFalse(take(camera, "node-b", NOW.plusSeconds(1)), "not node-b's to release");
        inTransaction(em -> {
            new JpaCameraLeaseRepository(em).release(camera, "node-a");
            return null;
        });
        assertTrue(take(camera, "node-b", NOW.plusSeconds(1)));
    }

    @Test
    void aCameraThatIsGoneHasNoLease() {
        assertFalse(take(UUID.randomUUID(), "node-a", NOW));
    }

    @Test
    void ofNodesRacingForAFreeCameraExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            assertEquals(1, race(newCamera(), NOW), "round " + round);
        }
    }

    @Test
    void ofNodesRacingToTakeOverAnExpiredLeaseExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            UUID camera = newCamera();
            assertTrue(take(camera, "node-dead", NOW));
            assertEquals(1, race(camera, NOW.plusSeconds(20)), "round " + round);
        }
    }

    /** Four nodes take the camera's lease at once; how many got it. */
    private static int race(UUID camera, Instant now) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            String node = "node-" + n;
            racers.add(() -> {
                try {
                    return take(camera, node, now);
                } catch (RuntimeException lostTheInsertRace) {
                    return false; // a duplicate key: CameraLeases treats it as not taken
                }
            });
        }
        int winners = 0;
        for (Future<Boolean> won : nodes.invokeAll(racers)) {
            winners += won.get() ? 1 : 0;
        }
        nodes.shutdown();
        return winners;
    }

    private static boolean take(UUID camera, String node, Instant now) {
        return inTransaction(
                em -> new JpaCameraLeaseRepository(em).take(CameraLease.requested(camera, node, now, LEASE), now));
    }

    private static String holder(UUID camera) {
        return inTransaction(em -> (String) em.createNativeQuery("SELECT holder FROM camera_lease WHERE camera_id = ?1")
                .setParameter(1, camera)
                .getSingleResult());
    }

    private static UUID newCamera() {
        return inTransaction(em -> {
            Camera camera = new Camera("Lease cam " + UUID.randomUUID(), NOW);
            em.persist(camera);
            return camera.id();
        });
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
