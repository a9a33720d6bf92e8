package dev.threshold.bench.relay;

import dev.threshold.bench.ProductPersistenceUnit;
import dev.threshold.domain.TimeOrderedIds;
import dev.threshold.infrastructure.messaging.AccessEventReportRelay;
import dev.threshold.infrastructure.messaging.OutboxMessage;
import dev.threshold.infrastructure.messaging.OutboxRelay;
import dev.threshold.infrastructure.messaging.PendingAccessEventReport;
import dev.threshold.infrastructure.persistence.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The relays' next batch at growing backlogs, on the server's embedded H2 (a file database with the server's URL
 * options and the real schema): the time to lock one batch, as the relay did before (one locked {@code order by …
 * fetch first n rows only}) and as it does now (the product's {@code OldestRowsLock}), and the rate at which each empties the
 * table when a batch is locked, deleted and committed as the relay does (without the broker, whose cost does not
 * depend on the backlog). Both relays' tables: the SIEM reports (batch 100) and the outbox (batch 200).
 *
 * <p>Usage: {@code bench/relay-backlog [--backlogs 100,1000,10000,50000,200000] [--repeats 20] [--drain 10000]}
 */
public final class RelayBacklogBench {

    private static final String BEFORE_REPORTS = "select r from PendingAccessEventReport r order by r.accessEventId";
    private static final String BEFORE_OUTBOX = "select m from OutboxMessage m order by m.createdAt";

    /** Batches locked and left out of the median: the statement's first runs are interpreted, then compiled. */
    private static final int WARM_UP = 10;

    // Held, so that its level stays set (a logger nobody references may be collected with its level).
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final JdbcDataSource h2;
    private final EntityManagerFactory factory;
    private final int repeats;
    private final int drain;

    private RelayBacklogBench(Path folder, int repeats, int drain) throws Exception {
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        String url =
                "jdbc:h2:" + folder.toAbsolutePath().resolve("threshold") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        FLYWAY_LOG.setLevel(Level.WARNING);
        h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("sa");
        SchemaMigrations.configure(h2).load().migrate();
        factory = ProductPersistenceUnit.open(url, "sa", "sa", 2);
        this.repeats = repeats;
        this.drain = drain;
    }

    /** One relay's table: how to fill it and the two ways of locking its next batch. */
    private record Table(
            String name,
            String insert,
            int batch,
            Function<EntityManager, List<?>> before,
            Function<EntityManager, List<?>> after) {}

    public static void main(String[] args) throws Exception {
        int[] backlogs = {100, 1_000, 10_000, 50_000, 200_000};
        int repeats = 20;
        int drain = 10_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--backlogs" ->
                    backlogs = Arrays.stream(args[i + 1].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--drain" -> drain = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(
                "relay-backlog: H2 %s file database (the server's URL options), %d cores, %s; load average %s%n",
                org.h2.engine.Constants.VERSION,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).trim());
        RelayBacklogBench bench = new RelayBacklogBench(Path.of("bench/target/relay-backlog"), repeats, drain);
        List<Table> tables = List.of(
                new Table(
                        "SIEM reports (siem_access_event, batch 100)",
                        "insert into siem_access_event (access_event_id) values (?)",
                        100,
                        em -> lockedBefore(em, BEFORE_REPORTS, PendingAccessEventReport.class, 100),
                        AccessEventReportRelay.OLDEST::lock),
                new Table(
                        "outbox (outbox_message, batch 200)",
                        "insert into outbox_message (id, destination, body, created_at) values (?, 'java:/jms/queue/bench', "
                                + "'{\"v\":1}', ?)",
                        200,
                        em -> lockedBefore(em, BEFORE_OUTBOX, OutboxMessage.class, 200),
                        OutboxRelay.OLDEST::lock));
        for (Table table : tables) {
            System.out.println();
            System.out.println(table.name());
            System.out.printf(
                    "%10s  %22s  %22s  %24s%n",
                    "backlog", "lock a batch, before", "lock a batch, now", "drain rate before / now");
            for (int backlog : backlogs) {
                bench.measure(table, backlog);
            }
        }
        bench.factory.close();
    }

    private static List<?> lockedBefore(EntityManager em, String query, Class<?> type, int batch) {
        return em.createQuery(query, type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(batch)
                .getResultList();
    }

    private void measure(Table table, int backlog) throws SQLException {
        fill(table, backlog);
        double[] lock = medianLockMillis(table, Math.min(table.batch(), backlog));
        double drainBefore = drainRate(table.before(), backlog);
        fill(table, backlog);
        double drainAfter = drainRate(table.after(), backlog);
        System.out.printf(
                "%,10d  %19.2f ms  %19.2f ms  %,11.0f / %,9.0f /s%n",
                backlog, lock[0], lock[1], drainBefore, drainAfter);
    }

    /**
     * The median time to lock the next batch, before and now, taken in turns (so that neither gains from the JIT's
     * or the cache's warm-up), each in a transaction rolled back, so the backlog stays as it is.
     */
    private double[] medianLockMillis(Table table, int batch) {
        List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        List<Function<EntityManager, List<?>>> ways = List.of(table.before(), table.after());
        for (int i = 0; i < repeats + WARM_UP; i++) {
            for (int way = 0; way < 2; way++) {
                EntityManager em = factory.createEntityManager();
                em.getTransaction().begin();
                long start = System.nanoTime();
                int locked = ways.get(way).apply(em).size();
                long took = System.nanoTime() - start;
                em.getTransaction().rollback();
                em.close();
                if (locked != batch) {
                    throw new IllegalStateException("locked " + locked + " rows, expected " + batch);
                }
                if (i >= WARM_UP) {
                    millis.get(way).add(took / 1e6);
                }
            }
        }
        return millis.stream()
                .mapToDouble(m -> {
                    Collections.sort(m);
                    return m.get(m.size() / 2);
                })
                .toArray();
    }

    /** Rows per second while batches are locked, deleted and committed, for up to {@code drain} rows or 60 s. */
    private double drainRate(Function<EntityManager, List<?>> lock, int backlog) {
        int goal = Math.min(drain, backlog);
        int drained = 0;
        long start = System.nanoTime();
        while (drained < goal && System.nanoTime() - start < 60_000_000_000L) {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            List<?> rows = lock.apply(em);
            rows.forEach(em::remove);
            em.getTransaction().commit();
            em.close();
            drained += rows.size();
        }
        return drained / ((System.nanoTime() - start) / 1e9);
    }

    /** Empties the table, then writes {@code backlog} rows as the server does: time-ordered ids, oldest first. */
    private void fill(Table table, int backlog) throws SQLException {
        try (Connection connection = h2.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().executeUpdate("delete from siem_access_event");
            connection.createStatement().executeUpdate("delete from outbox_message");
            Instant at = Instant.parse("2026-12-07T08:00:00Z");
            try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
                boolean timed = insert.getParameterMetaData().getParameterCount() > 1; // the outbox's created_at
                for (int i = 0; i < backlog; i++) {
                    insert.setObject(1, TimeOrderedIds.next());
                    if (timed) {
                        insert.setTimestamp(2, Timestamp.from(at.plusMillis(i)));
                    }
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.createStatement().execute("analyze");
        }
    }
}
