package dev.threshold.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The second pass's database: a PostgreSQL server given by THRESHOLD_IT_POSTGRESQL_URL, _USER and _PASSWORD (CI's,
 * made by .ci/postgresql). "threshold" is that URL's database; any other the tests name (a standalone server's) is
 * a database of its own beside it, "<that database>_<name>", which the role creates (it needs CREATEDB).
 *
 * <p>The outage is not a stopped server: the cluster may be shared (on a developer's machine, or with other
 * databases), so the database alone goes away: it refuses new connections and its open ones are terminated, which is
 * what a crashed server looks like to Threshold's connection pool.
 */
public final class PostgresqlUnderTest implements DatabaseUnderTest {

    private final String url;
    private final String user;
    private final String password;

    PostgresqlUnderTest(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static PostgresqlUnderTest fromSystemProperties() {
        return new PostgresqlUnderTest(
                System.getProperty("threshold.it.postgresql.url"),
                System.getProperty("threshold.it.postgresql.user", ""),
                System.getProperty("threshold.it.postgresql.password", ""));
    }

    /**
     * Run by the build before the pass (it/pom.xml): drops the databases an earlier pass made, empties the main one,
     * and deletes the given directories (the pass's server data, whose admin password belongs to the old database).
     */
    public static void main(String[] directories) throws SQLException, IOException {
        PostgresqlUnderTest database = fromSystemProperties();
        database.reset();
        for (String directory : directories) {
            deleteRecursively(Path.of(directory));
        }
    }

    @Override
    public Connection connect(String database) throws SQLException {
        return connectTo(databaseName(database));
    }

    @Override
    public void create(String database) {
        String name = databaseName(database);
        try (Connection c = connectTo(mainDatabase());
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet r = exists.executeQuery()) {
                if (!r.next()) {
                    execute(c, "CREATE DATABASE " + quoted(name));
                }
            }
        } catch (SQLException e) {
            // Two servers of one test (a cluster's nodes) may make their shared database at the same moment.
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<String> serverOptions(String database) {
        return List.of(); // the pass's configuration reads the database from the environment (serverEnvironment)
    }

    @Override
    public Map<String, String> serverEnvironment(String database) {
        return Map.of(
                "THRESHOLD_DB_URL",
                urlOf(databaseName(database)),
                "THRESHOLD_DB_USER",
                user,
                "THRESHOLD_DB_PASSWORD",
                password);
    }

    @Override
    public void goDown() {
        administer(
                "ALTER DATABASE " + quoted(mainDatabase()) + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + mainDatabase()
                        + "' AND pid <> pg_backend_pid()");
    }

    @Override
    public void comeBack() {
        administer("ALTER DATABASE " + quoted(mainDatabase()) + " ALLOW_CONNECTIONS true");
    }

    private void reset() throws SQLException {
        comeBack(); // in case an earlier pass died during its outage test
        List<String> made = new ArrayList<>();
        try (Connection c = connectTo(mainDatabase());
                PreparedStatement s =
                        c.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ? ESCAPE '!'")) {
            s.setString(1, mainDatabase().replace("_", "!_") + "!_%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    made.add(r.getString(1));
                }
            }
            for (String name : made) {
                execute(c, "DROP DATABASE " + quoted(name) + " WITH (FORCE)");
            }
            // The schema's owner is the database's owner (PostgreSQL 15), which the tests' role must be.
            execute(c, "DROP SCHEMA IF EXISTS public CASCADE");
            execute(c, "CREATE SCHEMA public");
        }
        System.out.println("PostgreSQL pass: database " + mainDatabase() + " emptied, " + made.size()
                + " databases of an earlier pass dropped");
    }

    /** Statements on the cluster's "postgres" database: a database cannot lock itself out while connected to it. */
    private void administer(String... statements) {
        try (Connection c = connectTo("postgres")) {
            for (String sql : statements) {
                execute(c, sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot administer " + mainDatabase() + ": " + e.getMessage(), e);
        }
    }

    private Connection connectTo(String name) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // The tests bind ids as strings, as H2 takes them for its UUID columns.
        properties.setProperty("stringtype", "unspecified");
        return DriverManager.getConnection(urlOf(name), properties);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** "threshold" is the main database; another name becomes "<main>_<name>" in PostgreSQL's spelling. */
    String databaseName(String database) {
        if (database.equals("threshold")) {
            return mainDatabase();
        }
        String name = mainDatabase() + "_" + database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    private String mainDatabase() {
        return path().substring(path().lastIndexOf('/') + 1);
    }

    private String urlOf(String name) {
        int query = url.indexOf('?');
        return url.substring(0, url.lastIndexOf('/', query < 0 ? url.length() : query) + 1)
                + name
                + (query < 0 ? "" : url.substring(query));
    }

    private String path() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
