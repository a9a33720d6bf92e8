package dev.threshold.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The database engine an integration pass runs on: the H2 server the build starts (first pass), or the PostgreSQL
 * server CI installs (second pass, when the build was given THRESHOLD_IT_POSTGRESQL_URL). Tests name databases
 * ("threshold" is the Arquillian server's; a standalone server gets one of its own) and this maps them to the engine.
 */
interface DatabaseUnderTest {

    /** The engine of this pass, chosen by the failsafe execution that runs it (it/pom.xml). */
    static DatabaseUnderTest current() {
        String url = System.getProperty("threshold.it.postgresql.url", "");
        return url.isBlank() ? new H2UnderTest() : PostgresqlUnderTest.fromSystemProperties();
    }

    /** A connection to the database as the tests read it. */
    Connection connect(String database) throws SQLException;

    /** Makes the database exist before a server is pointed at it (H2 makes its databases itself). */
    void create(String database);

    /** {@code -D} options for a standalone server whose datasource is to use the database. */
    List<String> serverOptions(String database);

    /** Environment for a standalone server whose datasource is to use the database. */
    Map<String, String> serverEnvironment(String database);

    /**
     * Takes the Arquillian server's database away as a crash would: every open connection broken, no new one
     * accepted, until {@link #comeBack()}.
     */
    void goDown();

    void comeBack();
}
