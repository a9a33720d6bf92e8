package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Label search on the real schema (Flyway on an in-memory H2) through Hibernate: whichever way a page is found — in
 * the newest labels, in the older ones, or across both — it holds exactly the newest labels that match, newest first.
 */
class JpaLabelRepositoryTest {

    private static final String URL = "jdbc:h2:mem:label-search-test;DB_CLOSE_DELAY=-1";

    private static final String[] PEOPLE = {"Ada Okafor", "Ben Lindqvist", "Chloe Okafor"};
    private static final String[] DOORS = {"Front door", "Back door", "Server room"};
    private static final String[] TYPES = {"lock.unlock", "lock.held_open", "lock.forced_open", "lock.opened"};
    private static final List<String> QUERIES = List.of(
            "unlocked",
            "okafor",
            "ada okafor",
            "back door",
            "\"entry unlocked\" okafor",
            "server forced",
            "door",
            "lab cam",
            "zebra",
            "\"front door\" \"held open\"",
            "okafor -ada",
            "door -\"held open\" -back",
            "unlocked -zebra",
            "door -door");
    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

    private static EntityManagerFactory factory;
    private static final List<Label> stored = new ArrayList<>();
    private static Camera camera;

    @BeforeAll
    static void storeLabels() {
        H2TestDatabase.migrated(URL);
        factory = H2TestDatabase.hibernate(URL);
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Instant start = START;
        camera = new Camera("Lab cam A", start);
        em.persist(camera);
        for (int i = 0; i < 40; i++) {
            // Times out of insertion order, all different, so that "newest first" has one right answer.
            Instant at = start.plusSeconds(60L * ((i * 17) % 40));
            KisiEvent kisi = new KisiEvent(
                    UUID.randomUUID().toString(),
                    TYPES[i % TYPES.length],
                    "Lock",
                    String.valueOf(i % DOORS.length),
                    DOORS[i % DOORS.length],
                    "User",
                    String.valueOf(i % 3),
                    PEOPLE[i % PEOPLE.length],
                    null,
                    "1",
                    "2",
                    true,
                    null,
                    null,
                    at);
            AccessEvent event = AccessEvent.receivedFrom(kisi, at, true);
            em.persist(event);
            Label label = Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), i % 5 == 0 ? camera : null);
            em.persist(label);
            stored.add(label);
        }
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void pagesAcrossTheNewestAndTheOlderLabelsAreTheNewestMatchesInOrder() {
        for (int recent : new int[] {1, 7, 25}) {
            for (String text : QUERIES) {
                for (int limit : new int[] {1, 3, 5, 100}) {
                    assertEquals(
                            expected(text, limit),
                            found(text, limit, recent),
                            text + ", limit " + limit + ", newest " + recent + " labels first");
                }
            }
        }
    }

    @Test
    void filtersByCameraDoorAndTimeKeepTheNewestMatchesInOrder() {
        List<LabelFilter> filters = List.of(
                new LabelFilter(camera.id(), null, null, null),
                new LabelFilter(null, "Back door", null, null),
                new LabelFilter(null, null, START.plusSeconds(600), START.plusSeconds(1800)),
                new LabelFilter(camera.id(), "Front door", START.plusSeconds(60), null),
                new LabelFilter(null, "No such door", null, null));
        for (int recent : new int[] {1, 7, 25}) {
            for (LabelFilter filter : filters) {
                for (String text : List.of("door", "okafor -ada", "unlocked")) {
                    for (int limit : new int[] {1, 5, 100}) {
                        assertEquals(
                                expected(text, filter, limit),
                                found(text, filter, limit, recent),
                                text + " " + filter + ", limit " + limit + ", newest " + recent + " labels first");
                    }
                }
            }
        }
        assertEquals(
                8,
                found("\"lab cam a\"", new LabelFilter(camera.id(), null, null, null), 100, 7)
                        .size(),
                "every fifth of the 40 labels is on the camera");
    }

    @Test
    void whileThereAreFewerLabelsThanTheNewestWindowOneStepFindsThem() {
        assertEquals(expected("okafor", 100), found("okafor", 100, JpaLabelRepository.RECENT_LABELS));
    }

    @Test
    void aHitShowsItsEventAndCameraWithoutFurtherQueries() {
        EntityManager em = factory.createEntityManager();
        List<Label> hits = repository(em, 7).search(LabelQuery.parse("\"lab cam a\""), 100);
        em.close(); // what the answer shows must already be loaded
        assertEquals(8, hits.size());
        for (Label hit : hits) {
            assertNotNull(hit.accessEvent().kisiUuid());
            assertEquals("Lab cam A", hit.camera().name());
        }
    }

    private static List<UUID> found(String text, int limit, int recent) {
        return found(text, LabelFilter.NONE, limit, recent);
    }

    private static List<UUID> found(String text, LabelFilter filter, int limit, int recent) {
        EntityManager em = factory.createEntityManager();
        try {
            return repository(em, recent).search(LabelQuery.parse(text), filter, limit).stream()
                    .map(Label::id)
                    .toList();
        } finally {
            em.close();
        }
    }

    private static List<UUID> expected(String text, int limit) {
        return expected(text, LabelFilter.NONE, limit);
    }

    private static List<UUID> expected(String text, LabelFilter filter, int limit) {
        LabelQuery query = LabelQuery.parse(text);
        return stored.stream()
                .filter(l -> query.matches(l.searchText()) && filter.admits(l))
                .sorted(Comparator.comparing(Label::occurredAt).reversed())
                .limit(limit)
                .map(Label::id)
                .toList();
    }

    private static JpaLabelRepository repository(EntityManager em, int recent) {
        JpaLabelRepository repository = new JpaLabelRepository(em);
        repository.recentLabels = recent;
        return repository;
    }
}
