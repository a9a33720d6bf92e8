package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.window.LowConfidence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The place filter of label search and of the incident list on the real schema (Flyway on H2, Hibernate): the first
 * place's doors have no place id, a further place's have its id; a label is a place's by its event's door or by its
 * camera's doors, an incident by its door.
 */
class PlaceFiltersTest {

    private static final String URL = "jdbc:h2:mem:place-filters-test;DB_CLOSE_DELAY=-1";
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static EntityManagerFactory factory;
    private static KisiPlace berlin;

    @BeforeAll
    static void twoPlaces() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        berlin = new KisiPlace("Berlin", "12", "56", T0, "admin");
        em.persist(berlin);
        Door front = new Door("101", "Front door", T0);
        Door dock = new Door("201", "Loading dock", T0);
        dock.inPlace(berlin.id(), T0);
        Camera dockCamera = new Camera("Dock camera", T0);
        em.persist(dockCamera);
        dock.watchWith(List.of(dockCamera), T0);
        em.persist(front);
        em.persist(dock);
        label(em, "101", "Front door", null, 0);
        label(em, "201", "Loading dock", dockCamera, 1);
        label(em, "999", "Unmapped gate", dockCamera, 2); // no door of its own: its camera is Berlin's
        label(em, "998", "Unmapped gate", null, 3); // no door, no camera: in no place
        em.persist(Incident.open(
                front, TestVerdicts.forcedOpen(T0), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11)));
        em.persist(Incident.open(
                dock, TestVerdicts.forcedOpen(T0), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(12)));
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aSearchInThePlaceFindsOnlyThatPlacesLabels() {
        assertEquals(Set.of("101"), lockIdsFound(PlaceSelection.FIRST));
        assertEquals(Set.of("201", "999"), lockIdsFound(new PlaceSelection(berlin.id())));
        assertEquals(Set.of("101", "201", "999", "998"), lockIdsFound(null));
        assertEquals(Set.of(), lockIdsFound(new PlaceSelection(UUID.randomUUID())));
    }

    @Test
    void theIncidentListInThePlaceHoldsOnlyItsDoorsIncidents() {
        assertEquals(Set.of("101"), incidentDoors(PlaceSelection.FIRST));
        assertEquals(Set.of("201"), incidentDoors(new PlaceSelection(berlin.id())));
        assertEquals(Set.of("201", "101"), incidentDoors(null));
    }

    private static Set<String> lockIdsFound(PlaceSelection place) {
        EntityManager em = factory.createEntityManager();
        try {
            return new JpaLabelRepository(em)
                    .search(LabelQuery.parse("unlocked"), new LabelFilter(null, null, null, null, place), 100).stream()
                            .map(l -> l.accessEvent().objectId())
                            .collect(Collectors.toSet());
        } finally {
            em.close();
        }
    }

    private static Set<String> incidentDoors(PlaceSelection place) {
        EntityManager em = factory.createEntityManager();
        try {
            JpaIncidentRepository incidents = new JpaIncidentRepository(em);
            IncidentFilter filter = new IncidentFilter(null, null, null, null, null, null, place);
            assertEquals(incidents.list(filter, 0, 10).size(), incidents.count(filter));
            return incidents.list(filter, 0, 10).stream()
                    .map(i -> i.door().lockId())
                    .collect(Collectors.toSet());
        } finally {
            em.close();
        }
    }

    private static void label(EntityManager em, String lockId, String door, Camera camera, int minute) {
        Instant at = T0.plusSeconds(60L * minute);
        KisiEvent kisi = new KisiEvent(
                UUID.randomUUID().toString(),
                "lock.unlock",
                "Lock",
                lockId,
                door,
                "User",
                "7",
                "Ada",
                null,
                "34",
                "12",
                true,
                null,
                null,
                at);
        AccessEvent event = AccessEvent.receivedFrom(kisi, at, true);
        em.persist(event);
        em.persist(Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), camera));
    }
}
