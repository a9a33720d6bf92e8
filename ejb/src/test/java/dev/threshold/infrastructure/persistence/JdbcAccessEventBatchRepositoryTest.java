package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.infrastructure.messaging.AccessEventReportRelay;
import dev.threshold.infrastructure.messaging.PendingAccessEventReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhook's rows written in plain JDBC on the real schema (Flyway on an in-memory H2), read back through
 * Hibernate: every column the entities map comes back as written, so the console and search see these events exactly
 * as the ones Hibernate stores; the uuid look-up finds exactly the stored ones whatever the batch's size.
 */
class JdbcAccessEventBatchRepositoryTest {

    private static final String URL = "jdbc:h2:mem:jdbc-batch-test;DB_CLOSE_DELAY=-1";
    private static final Instant AT = Instant.parse("2026-11-29T08:00:00.123456Z");

    private static EntityManagerFactory factory;
    private static JdbcAccessEventBatchRepository repository;
    private static Camera camera;

    @BeforeAll
    static void schema() {
        repository = new JdbcAccessEventBatchRepository(H2TestDatabase.migrated(URL));
        factory = H2TestDatabase.hibernate(URL);
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        camera = new Camera("Lobby cam", AT);
        em.persist(camera);
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** The lean SIEM outbox's rows (V37) as the webhook writes them, read and deleted with the relay's queries. */
    @Test
    void theRelaysQueriesFindTheReportedEventsWithTheirLabelsAndDeleteTheRows() throws Exception {
        KisiEvent kisi = new KisiEvent(
                UUID.randomUUID().toString(),
                "lock.unlock",
                "Lock",
                "5003",
                "Side door",
                "User",
                "8",
                "Ben",
                null,
                "34",
                "12",
                true,
                null,
                null,
                AT);
        AccessEvent event = AccessEvent.receivedFrom(kisi, AT.plusMillis(10), true);
        repository.storeAll(
                List.of(event), List.of(Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), camera)));
        try (var connection = java.sql.DriverManager.getConnection(URL, "sa", "");
                var insert =
                        connection.prepareStatement("insert into siem_access_event (access_event_id) values (?)")) {
            insert.setObject(1, event.id());
            insert.executeUpdate();
        }
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        List<UUID> ids = AccessEventReportRelay.OLDEST.lock(em).stream()
                .map(PendingAccessEventReport::accessEventId)
                .toList();
        assertEquals(List.of(event.id()), ids);
        assertEquals(
                List.of(event.kisiUuid()),
                em
                        .createQuery(AccessEventReportRelay.EVENTS, AccessEvent.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .map(AccessEvent::kisiUuid)
                        .toList());
        List<Label> labels = em.createQuery(AccessEventReportRelay.LABELS, Label.class)
                .setParameter("ids", ids)
                .getResultList();
        assertEquals(1, labels.size());
        assertEquals("Lobby cam", labels.get(0).camera().name());
        assertEquals(
                1,
                em.createQuery(AccessEventReportRelay.DONE)
                        .setParameter("ids", ids)
                        .executeUpdate());
        em.getTransaction().commit();
        em.close();
    }

    @Test
    void eventsAndLabelsReadBackThroughHibernateAsWritten() {
        KisiEvent granted = new KisiEvent(
                UUID.randomUUID().toString(),
                "lock.unlock",
                "Lock",
                "5001",
                "Front door",
                "User",
                "7",
                "Ada Okafor",
                "ada@example.com",
                "34",
                "12",
                true,
                null,
                null,
                AT);
        KisiEvent denied = new KisiEvent(
                UUID.randomUUID().toString(),
                "lock.unlock",
                "Lock",
                "5002",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "no_access",
                "Denied",
                AT.plusSeconds(1));
        AccessEvent first = AccessEvent.receivedFrom(granted, AT.plusMillis(40), true);
        AccessEvent second = AccessEvent.receivedFrom(denied, AT.plusMillis(1040), false);
        Label onCamera = Label.onAccessEvent(first, DoorEventLabels.labelFor(granted), camera);
        Label withoutCamera = Label.onAccessEvent(second, DoorEventLabels.labelFor(denied), null);

        repository.storeAll(List.of(first, second), List.of(onCamera, withoutCamera));

        EntityManager em = factory.createEntityManager();
        for (AccessEvent written : List.of(first, second)) {
            AccessEvent read = em.find(AccessEvent.class, written.id());
            assertEquals(
                    List.of(
                            written.kisiUuid(),
                            written.type(),
                            "" + written.objectType(),
                            "" + written.objectId(),
                            "" + written.objectName(),
                            "" + written.actorType(),
                            "" + written.actorId(),
                            "" + written.actorName(),
                            "" + written.actorEmail(),
                            "" + written.placeId(),
                            "" + written.organizationId(),
                            "" + written.success(),
                            "" + written.errorCode(),
                            "" + written.errorMessage(),
                            "" + written.createdAt(),
                            "" + written.receivedAt(),
                            "" + written.signed()),
                    List.of(
                            read.kisiUuid(),
                            read.type(),
                            "" + read.objectType(),
                            "" + read.objectId(),
                            "" + read.objectName(),
                            "" + read.actorType(),
                            "" + read.actorId(),
                            "" + read.actorName(),
                            "" + read.actorEmail(),
                            "" + read.placeId(),
                            "" + read.organizationId(),
                            "" + read.success(),
                            "" + read.errorCode(),
                            "" + read.errorMessage(),
                            "" + read.createdAt(),
                            "" + read.receivedAt(),
                            "" + read.signed()));
        }
        Label readOnCamera = em.find(Label.class, onCamera.id());
        assertEquals(first.id(), readOnCamera.accessEvent().id());
        assertEquals("Lobby cam", readOnCamera.camera().name());
        assertEquals(
                List.of(
                        onCamera.name(),
                        onCamera.token(),
                        onCamera.actorToken(),
                        onCamera.doorName(),
                        onCamera.actorName(),
                        onCamera.occurredAt(),
                        onCamera.searchText()),
                List.of(
                        readOnCamera.name(),
                        readOnCamera.token(),
                        readOnCamera.actorToken(),
                        readOnCamera.doorName(),
                        readOnCamera.actorName(),
                        readOnCamera.occurredAt(),
                        readOnCamera.searchText()));
        Label readWithout = em.find(Label.class, withoutCamera.id());
        assertNull(readWithout.camera());
        assertEquals("entry unlock denied", readWithout.name());
        em.close();
    }

    @Test
    void theLookUpFindsExactlyTheStoredUuidsForEveryBatchSize() {
        List<AccessEvent> stored = IntStream.range(0, 70).mapToObj(i -> event()).toList();
        repository.storeAll(stored, List.of());
        for (int size : new int[] {1, 2, 4, 5, 16, 17, 64, 65, 140}) {
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // every other one stored, and one asked twice
                asked.add(
                        i % 2 == 0
                                ? stored.get(i / 2 % stored.size()).kisiUuid()
                                : UUID.randomUUID().toString());
            }
            asked.add(asked.get(0));
            Set<String> expected = Set.copyOf(asked.stream()
                    .filter(u -> stored.stream().anyMatch(e -> e.kisiUuid().equals(u)))
                    .toList());
            assertEquals(expected, repository.storedKisiUuids(asked), size + " uuids");
        }
        assertTrue(repository.storedKisiUuids(List.of()).isEmpty());
    }

    @Test
    void aUuidStoredBeforeFailsTheWholeCall() {
        AccessEvent before = event();
        repository.storeAll(List.of(before), List.of());
        AccessEvent again = AccessEvent.receivedFrom(
                new KisiEvent(
                        before.kisiUuid(),
                        "lock.unlock",
                        "Lock",
                        "1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        AT),
                AT,
                true);
        assertThrows(PersistenceException.class, () -> repository.storeAll(List.of(event(), again), List.of()));
    }

    private static AccessEvent event() {
        return AccessEvent.receivedFrom(
                new KisiEvent(
                        UUID.randomUUID().toString(),
                        "lock.opened",
                        "Lock",
                        "9",
                        "Back",
                        "User",
                        "1",
                        "Ben",
                        null,
                        "34",
                        "12",
                        true,
                        null,
                        null,
                        AT),
                AT,
                true);
    }
}
