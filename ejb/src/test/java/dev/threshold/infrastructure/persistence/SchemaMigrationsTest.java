package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void engineFoldersAreTheJdbcProductNamesLowerCased() {
        assertEquals("postgresql", SchemaMigrations.vendorFolder("PostgreSQL"));
        assertEquals("h2", SchemaMigrations.vendorFolder("H2"));
        assertEquals("microsoftsqlserver", SchemaMigrations.vendorFolder("Microsoft SQL Server"));
    }

    @Test
    void h2ReachesTheSameSchemaVersionAsPostgresqlAndStillSearchesLabels() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-migrations-test;DB_CLOSE_DELAY=-1");

        MigrateResult result = SchemaMigrations.configure(h2).load().migrate();

        assertTrue(result.success);
        assertFalse(
                Integer.parseInt(result.targetSchemaVersion.split("\\.")[0]) < 12,
                "the version of the PostgreSQL-only search index exists on H2 too: " + result.targetSchemaVersion);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO label (id, name, token, occurred_at, search_text) VALUES (RANDOM_UUID(),"
                    + " 'entry unlocked', 'entry.unlocked', CURRENT_TIMESTAMP, 'entry unlocked | front door')");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM label WHERE search_text LIKE '%front door%'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
