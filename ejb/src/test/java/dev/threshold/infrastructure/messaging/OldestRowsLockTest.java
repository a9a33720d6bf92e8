package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.TimeOrderedIds;
import dev.threshold.infrastructure.persistence.H2TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relays' two-step lock on the real schema (Flyway on an in-memory H2, Hibernate's own SQL): the oldest rows
 * first, a batch at most, and two relays at once never given the same row.
 */
class OldestRowsLockTest {

    private static final String URL = "jdbc:h2:mem:oldest-rows-lock-test;DB_CLOSE_DELAY=-1";
    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

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

    @AfterEach
    void empty() throws SQLException {
        try (Connection connection = connection()) {
            connection.createStatement().executeUpdate("delete from siem_access_event");
            connection.createStatement().executeUpdate("delete from outbox_message");
        }
    }

    @Test
    void aBatchIsTheOldestReportsInOrder() throws SQLException {
        List<UUID> waiting = waitingReports(250);

        assertEquals(
                waiting.subList(0, 100),
                H2TestDatabase.inTransactionReturning(factory, OldestRowsLockTest::lockReports));
    }

    @Test
    void fewerReportsThanTwoBatchesAreTakenOldestFirstToo() throws SQLException {
        List<UUID> waiting = waitingReports(150);

        List<List<UUID>> batches = H2TestDatabase.inTransactionReturning(factory, em -> {
            List<UUID> first = lockReports(em);
            em.createQuery(AccessEventReportRelay.DONE)
                    .setParameter("ids", first)
                    .executeUpdate();
            return List.of(first, lockReports(em));
        });

        assertEquals(waiting.subList(0, 100), batches.get(0));
        assertEquals(waiting.subList(100, 150), batches.get(1));
    }

    @Test
    void aBatchIsTheOldestOutboxMessagesWhateverTheOrderTheyWereWrittenIn() {
        // More than twice the batch: the lock is bounded by the fourth oldest's time.
        List<String> bodies = List.of("second", "fifth", "first", "third", "sixth", "fourth");
        List<Instant> created = List.of(
                AT.plusSeconds(1), AT.plusSeconds(4), AT, AT.plusSeconds(2), AT.plusSeconds(5), AT.plusSeconds(3));
        H2TestDatabase.inTransaction(factory, em -> {
            for (int i = 0; i < bodies.size(); i++) {
                em.persist(new OutboxMessage("java:/jms/queue/test", null, bodies.get(i), null, created.get(i)));
            }
        });

        OldestRowsLock<OutboxMessage> oldest = new OldestRowsLock<>(OutboxMessage.class, "createdAt", 2);
        // The first lock fills a batch, so the second one is bounded.
        List<List<String>> batches = H2TestDatabase.inTransactionReturning(
                factory, em -> List.of(bodiesOf(oldest.lock(em)), bodiesOf(oldest.lock(em))));

        assertEquals(List.of("first", "second"), batches.get(0), "unbounded");
        assertEquals(List.of("first", "second"), batches.get(1), "bounded by the fourth oldest's time");
    }

    @Test
    void aBacklogThatDrainsIsTakenOldestFirstToTheLastRow() throws SQLException {
        List<UUID> waiting = waitingReports(450);
        OldestRowsLock<PendingAccessEventReport> oldest =
                new OldestRowsLock<>(PendingAccessEventReport.class, "accessEventId", 100);

        List<UUID> taken = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            List<UUID> batch = H2TestDatabase.inTransactionReturning(factory, em -> {
                List<UUID> ids = lockReports(oldest, em);
                if (!ids.isEmpty()) {
                    em.createQuery(AccessEventReportRelay.DONE)
                            .setParameter("ids", ids)
                            .executeUpdate();
                }
                return ids;
            });
            sizes.add(batch.size());
            taken.addAll(batch);
        }

        assertEquals(List.of(100, 100, 100, 100, 50, 0), sizes);
        assertEquals(waiting, taken);
    }

    private static List<String> bodiesOf(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::body).toList();
    }

    /** As two nodes' relays on one database: the second waits for the first's rows, finds them gone, takes the next. */
    @Test
    void twoRelaysAtOnceNeverTakeTheSameReport() throws Exception {
        List<UUID> waiting = waitingReports(250);

        EntityManager first = factory.createEntityManager();
        first.getTransaction().begin();
        List<UUID> firstBatch = lockReports(first);
        CompletableFuture<List<UUID>> secondBatch = CompletableFuture.supplyAsync(() -> {
            EntityManager second = factory.createEntityManager();
            second.getTransaction().begin();
            List<UUID> batch = lockReports(second);
            second.createQuery(AccessEventReportRelay.DONE)
                    .setParameter("ids", batch)
                    .executeUpdate();
            second.getTransaction().commit();
            second.close();
            return batch;
        });
        Thread.sleep(200); // the second relay is now waiting for the first one's locks
        first.createQuery(AccessEventReportRelay.DONE)
                .setParameter("ids", firstBatch)
                .executeUpdate();
        first.getTransaction().commit();
        first.close();

        List<UUID> taken = new ArrayList<>(firstBatch);
        taken.addAll(secondBatch.get(30, TimeUnit.SECONDS));
        assertEquals(200, taken.size());
        assertEquals(200, new HashSet<>(taken).size(), "no report taken twice");
        assertEquals(Set.copyOf(waiting.subList(0, 200)), Set.copyOf(taken));
        assertTrue(secondBatch.get().stream().noneMatch(firstBatch::contains));
    }

    private static List<UUID> lockReports(EntityManager em) {
        return lockReports(AccessEventReportRelay.OLDEST, em);
    }

    private static List<UUID> lockReports(OldestRowsLock<PendingAccessEventReport> lock, EntityManager em) {
        return lock.lock(em).stream()
                .map(PendingAccessEventReport::accessEventId)
                .toList();
    }

    /**
     * Reports waiting as the webhook writes them (time-ordered ids); returned in the database's order of their ids,
     * the byte order, which ids made in the same millisecond do not follow.
     */
    private static List<UUID> waitingReports(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = connection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into siem_access_event (access_event_id) values (?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = TimeOrderedIds.next();
                ids.add(id);
                insert.setObject(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        ids.sort(Comparator.comparing(UUID::toString));
        return ids;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }
}
