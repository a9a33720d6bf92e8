package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.access.KisiEvents;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.infrastructure.persistence.H2TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A SIEM gets the same security events for an access event whether the relay built them from what the webhook still
 * held in memory or from the rows it read back (after a restart, or on another node): the same documents, byte for
 * byte, times included (Kisi's and the receiving clock's, given to the nanosecond, are kept to the microsecond).
 */
class AccessEventReportTest {

    private static final String URL = "jdbc:h2:mem:access-event-report-test;DB_CLOSE_DELAY=-1";
    private static final Instant CREATED = Instant.parse("2026-12-07T08:00:00.123456789Z");
    private static final Instant RECEIVED = Instant.parse("2026-12-07T08:00:00.987654321Z");

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

    @RepeatedTest(20) // the labels of one event are made within a millisecond, where their ids' order is random
    void theSecurityEventsBuiltFromMemoryAreThoseBuiltFromTheStoredRows() {
        String repetition = UUID.randomUUID().toString();
        Camera lobby = new Camera("Lobby cam " + repetition, CREATED);
        Camera street = new Camera("Street cam " + repetition, CREATED);
        KisiEvent kisi = KisiEvents.lockEvent(UUID.randomUUID().toString(), "lock.unlock", true, CREATED);
        AccessEvent event = AccessEvent.receivedFrom(kisi, RECEIVED, true);
        // As the webhook makes them: one label per camera of the door, or one without a camera.
        List<Label> labels = List.of(
                Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), lobby),
                Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), street),
                Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), null));
        H2TestDatabase.inTransaction(factory, em -> {
            em.persist(lobby);
            em.persist(street);
            em.persist(event);
            labels.forEach(em::persist);
        });
        AccessEventReport inMemory = new AccessEventReport(event, labels);

        Map<UUID, AccessEventReport> readBack = H2TestDatabase.inTransactionReturning(
                factory, em -> AccessEventReportRelay.stored(em, List.of(event.id(), UUID.randomUUID())));

        assertEquals(List.of(event.id()), List.copyOf(readBack.keySet()), "an event not stored is not read back");
        assertEquals(json(inMemory), json(readBack.get(event.id())));
        assertEquals(4, inMemory.cloudEvents().size());
        assertTrue(
                json(inMemory).get(0).contains("\"receivedAt\":\"2026-12-07T08:00:00.987654Z\""),
                json(inMemory).get(0));
    }

    private static List<String> json(AccessEventReport report) {
        return report.cloudEvents().stream().map(CloudEvent::toJson).toList();
    }
}
