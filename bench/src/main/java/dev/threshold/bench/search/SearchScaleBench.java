package dev.threshold.bench.search;

import dev.threshold.infrastructure.persistence.SchemaMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * bench/search-scale: loads a million labels into PostgreSQL (once; later runs reuse them), then measures label search
 * latency per kind of query. See bench/README.md for the options; exit 0 when p95 over all queries is within the
 * target, 1 when not, 2 when no database is reachable or the arguments are wrong.
 */
public final class SearchScaleBench {

    static final double TARGET_P95_MS = 50;
    /** Rounds of the whole mix before measuring: Hibernate's and the JIT's warm-up, as on a server that has run a while. */
    static final int WARMUP_ROUNDS = 20;
    /** The first migration this bench is about: the PostgreSQL trigram index of label search. */
    static final String SEARCH_INDEX_VERSION = "12";

    private final Options options;

    private SearchScaleBench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench/search-scale: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new SearchScaleBench(options).run());
    }

    private int run() throws Exception {
        try (Connection probe = connect()) {
            System.out.printf(
                    "PostgreSQL %s at %s as %s, schema %s%n",
                    probe.getMetaData().getDatabaseProductVersion(), options.url(), options.user(), options.schema());
        } catch (SQLException e) {
            System.err.printf(
                    "bench/search-scale: no PostgreSQL reachable at %s as %s: %s%n"
                            + "Point it at one with the server's variables (docs/operations.md), e.g.%n"
                            + "  THRESHOLD_DB_URL=jdbc:postgresql://host:5432/threshold THRESHOLD_DB_USER=threshold"
                            + " THRESHOLD_DB_PASSWORD=... bench/search-scale%n"
                            + "The bench works in its own schema (%s, --schema), never in the product's tables.%n",
                    options.url(), options.user(), e.getMessage(), options.schema());
            return 2;
        }
        Site site = new Site(60, 3000, new Random(42), Instant.parse("2026-01-01T00:00:00Z"));
        QueryMix mix = new QueryMix(site);
        long labels = labelsInSchema();
        if (options.reload() || labels != options.labels()) {
            load(site);
            System.out.println("\nWithout the search index (schema before V" + SEARCH_INDEX_VERSION + "), "
                    + options.baselineRuns() + " queries per kind:");
            try (ProductSearch search = productSearch()) {
                report(measure(search, mix, options.baselineRuns(), 1));
            }
            long started = System.nanoTime();
            migrations().load().migrate();
            analyze();
            System.out.printf(
                    "%nMigrated to the latest version (V%s and later) in %.1f s%n",
                    SEARCH_INDEX_VERSION, (System.nanoTime() - started) / 1e9);
        } else {
            System.out.printf(
                    "Reusing the %,d labels of schema %s (--reload to make them again)%n", labels, options.schema());
            migrations().load().migrate();
        }
        System.out.println(
                "\nAs the product runs now, " + options.runs() + " queries per kind, limit " + options.limit() + ":");
        Latencies all;
        try (ProductSearch search = productSearch()) {
            all = report(measure(search, mix, options.runs(), WARMUP_ROUNDS));
        }
        System.out.println("Load average of the machine (1, 5, 15 min): " + loadAverage());
        System.out.println("PostgreSQL: " + serverMemory());
        double p95 = all.percentile(95);
        System.out.printf(
                "%nTarget p95 <= %.0f ms over all queries: %s (%.1f ms)%n",
                TARGET_P95_MS, p95 <= TARGET_P95_MS ? "MET" : "NOT MET", p95);
        return p95 <= TARGET_P95_MS ? 0 : 1;
    }

    /** Builds the site's history from scratch in the bench's schema, the schema just before the search index. */
    private void load(Site site) throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            // Where the product's own migration would create it (its search path, not the bench's schema), so that
            // pointing the bench at the product's database cannot hide the extension from the product.
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute("DROP SCHEMA IF EXISTS " + options.schema() + " CASCADE");
        }
        migrations().target(versionBeforeSearchIndex()).load().migrate();
        long started = System.nanoTime();
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try (Connection c = connect(options.schemaUrl())) {
            c.setAutoCommit(false);
            CopyWriter writer = new CopyWriter(c);
            writer.write(site, end.minus(400, ChronoUnit.DAYS));
            SiteHistory history = new SiteHistory(site, new Random(7), end, 90);
            int[] written = {0};
            history.generate(options.labels(), batch -> {
                try {
                    writer.write(batch);
                } catch (Exception e) {
                    throw new IllegalStateException("loading labels failed: " + e.getMessage(), e);
                }
                written[0] += batch.labels().size();
                if (written[0] % 200_000 < batch.labels().size()) {
                    System.out.printf("  %,d labels%n", written[0]);
                }
            });
            c.commit();
        }
        analyze();
        System.out.printf(
                "Loaded %,d labels over 90 days (%d doors, %d cameras, %d people) in %.1f s%n",
                labelsInSchema(),
                site.doors.size(),
                site.cameras.size(),
                site.people.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Every kind's queries interleaved, so that no kind profits from the caches warmed by the one before. */
    private Map<String, Latencies> measure(ProductSearch search, QueryMix mix, int runs, int warmup) {
        Random random = new Random(11);
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        for (QueryMix.Kind kind : mix.kinds()) {
            byKind.put(kind.name(), new Latencies());
        }
        for (int i = 0; i < warmup + runs; i++) {
            for (QueryMix.Kind kind : mix.kinds()) {
                String query = kind.query().apply(random);
                long started = System.nanoTime();
                int hits = search.search(query, options.limit());
                double ms = (System.nanoTime() - started) / 1e6;
                if (i >= warmup) {
                    byKind.get(kind.name()).add(ms, hits);
                }
                if (options.verbose()) {
                    System.out.printf("  %-14s %-40s %4d hits %8.1f ms%n", kind.name(), query, hits, ms);
                }
            }
        }
        return byKind;
    }

    private static Latencies report(Map<String, Latencies> byKind) {
        System.out.printf("  %-14s %7s %9s %9s %9s %9s%n", "kind", "queries", "avg hits", "p50 ms", "p95 ms", "p99 ms");
        Latencies all = new Latencies();
        byKind.forEach((kind, l) -> {
            line(kind, l);
            all.addAll(l);
        });
        line("overall", all);
        return all;
    }

    private static void line(String kind, Latencies l) {
        System.out.printf(
                Locale.ROOT,
                "  %-14s %7d %9.1f %9.1f %9.1f %9.1f%n",
                kind,
                l.count(),
                l.averageHits(),
                l.percentile(50),
                l.percentile(95),
                l.percentile(99));
    }

    /** Other work on the machine slows every query down; the figures mean little without it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private FluentConfiguration migrations() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.url());
        dataSource.setUser(options.user());
        dataSource.setPassword(options.password());
        return SchemaMigrations.configure(dataSource).schemas(options.schema());
    }

    /** The latest migration before the search index, whatever other migrations exist by then. */
    private MigrationVersion versionBeforeSearchIndex() {
        MigrationVersion index = MigrationVersion.fromVersion(SEARCH_INDEX_VERSION);
        return Arrays.stream(migrations().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.isNewerThan(MigrationVersion.EMPTY) && index.isNewerThan(v))
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("no migration before V" + SEARCH_INDEX_VERSION));
    }

    private ProductSearch productSearch() {
        return new ProductSearch(options.schemaUrl(), options.user(), options.password());
    }

    private long labelsInSchema() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + options.schema() + "' AND table_name = 'label'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return -1;
            }
        }
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + options.schema() + ".label")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Fresh statistics, as autovacuum would have them on a server that has been running. */
    private void analyze() throws SQLException {
        try (Connection c = connect(options.schemaUrl());
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE label");
            s.execute("VACUUM ANALYZE access_event");
            s.execute("VACUUM ANALYZE camera");
        }
    }

    /**
     * The server's memory settings and the schema's size: whether the labels and their indexes fit in PostgreSQL's
     * own buffers changes the slow queries' times by a fifth (docs/operations.md, "Sizing").
     */
    private String serverMemory() throws SQLException {
        try (Connection c = connect(options.schemaUrl());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('shared_buffers'), current_setting('work_mem'), "
                        + "pg_size_pretty(pg_total_relation_size('label'))")) {
            r.next();
            return "shared_buffers " + r.getString(1) + ", work_mem " + r.getString(2) + "; labels with their indexes "
                    + r.getString(3);
        }
    }

    private Connection connect() throws SQLException {
        return connect(options.url());
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, options.user(), options.password());
    }
}
