package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.threshold.domain.door.Door;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.domain.window.LowConfidence;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An incident's review in its own row's columns on the real schema (Flyway on H2, Hibernate): a reviewed incident
 * reads back with who, why and when; one nobody reviewed reads back unreviewed and can still be reviewed.
 */
class IncidentReviewMappingTest {

    private static final String URL = "jdbc:h2:mem:incident-review-test;DB_CLOSE_DELAY=-1";
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static EntityManagerFactory factory;
    private static Door door;

    @BeforeAll
    static void aDoor() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
        H2TestDatabase.inTransaction(factory, em -> {
            door = new Door("101", "Front door", T0);
            em.persist(door);
        });
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aDismissalReadsBackWithItsReviewerReasonAndTime() {
        UUID id = stored();
        H2TestDatabase.inTransaction(
                factory,
                em -> em.find(Incident.class, id).dismiss("ada", "  the courier, expected  ", T0.plusSeconds(60)));
        H2TestDatabase.inTransaction(factory, em -> {
            Incident read = em.find(Incident.class, id);
            assertEquals(IncidentStatus.DISMISSED, read.status());
            assertEquals("ada", read.reviewedBy());
            assertEquals("the courier, expected", read.reviewReason());
            assertEquals(T0.plusSeconds(60), read.reviewedAt());
        });
    }

    @Test
    void anUnreviewedIncidentReadsBackUnreviewedAndCanBeConfirmed() {
        UUID id = stored();
        H2TestDatabase.inTransaction(factory, em -> {
            Incident read = em.find(Incident.class, id);
            assertEquals(IncidentStatus.OPEN, read.status());
            assertNull(read.reviewedBy());
            assertNull(read.reviewReason());
            assertNull(read.reviewedAt());
            read.confirm("grace", null, T0.plusSeconds(90));
        });
        H2TestDatabase.inTransaction(factory, em -> {
            Incident read = em.find(Incident.class, id);
            assertEquals(IncidentStatus.CONFIRMED, read.status());
            assertEquals("grace", read.reviewedBy());
            assertNull(read.reviewReason());
        });
    }

    private static UUID stored() {
        Incident incident = Incident.open(
                door, TestVerdicts.forcedOpen(T0), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11));
        H2TestDatabase.inTransaction(factory, em -> em.persist(incident));
        return incident.id();
    }
}
