package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.threshold.domain.notification.EmailDelivery;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A delivery's recipient and door-alert columns on the real schema (Flyway on H2, Hibernate): a door alert reads back
 * with its door, kind and cameras; an e-mail to a Kisi user with the address found before sending; an e-mail about an
 * incident with no door-alert part.
 */
class EmailDeliveryMappingTest {

    private static final String URL = "jdbc:h2:mem:email-delivery-test;DB_CLOSE_DELAY=-1";
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static EntityManagerFactory factory;

    @BeforeAll
    static void database() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aDoorAlertReadsBackWithItsDoorKindAndCameras() {
        List<UUID> cameras = List.of(UUID.randomUUID(), UUID.randomUUID());
        EmailDelivery alert = EmailDelivery.doorAlert(
                "101", "FORCED_OPEN", " guard@example.com ", "Forced", "<p>…</p>", T0, T0.minusSeconds(2), cameras);
        H2TestDatabase.inTransaction(factory, em -> em.persist(alert));
        H2TestDatabase.inTransaction(factory, em -> {
            EmailDelivery read = em.find(EmailDelivery.class, alert.id());
            assertEquals("101", read.lockId());
            assertEquals("FORCED_OPEN", read.alertKind());
            assertEquals(T0.minusSeconds(2), read.snapshotAt());
            assertEquals(cameras, read.snapshotCameras());
            assertEquals("guard@example.com", read.recipientEmail());
            assertNull(read.incidentId());
        });
    }

    @Test
    void aKisiUsersAddressFoundBeforeSendingIsKept() {
        EmailDelivery delivery =
                EmailDelivery.toKisiUser(UUID.randomUUID(), "Ada Lovelace", " 7 ", "Tailgating", "<p>…</p>", T0);
        H2TestDatabase.inTransaction(factory, em -> em.persist(delivery));
        H2TestDatabase.inTransaction(
                factory, em -> em.find(EmailDelivery.class, delivery.id()).resolveAddress("ada@example.com"));
        H2TestDatabase.inTransaction(factory, em -> {
            EmailDelivery read = em.find(EmailDelivery.class, delivery.id());
            assertEquals("Ada Lovelace", read.recipientName());
            assertEquals("7", read.kisiUserId());
            assertEquals("ada@example.com", read.recipientEmail());
            assertNull(read.lockId());
            assertEquals(List.of(), read.snapshotCameras());
        });
    }
}
