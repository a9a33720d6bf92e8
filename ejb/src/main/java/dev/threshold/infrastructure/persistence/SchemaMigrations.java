package dev.threshold.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The Flyway set-up of the schema: the migrations every database shares ({@code db/migration}) plus those written for
 * one engine only ({@code db/vendor/<engine>}), such as PostgreSQL's trigram index for label search. One place, so that
 * the server and the benchmarks migrate the same way.
 */
public final class SchemaMigrations {

    static final String SHARED = "classpath:db/migration";
    static final String VENDOR = "classpath:db/vendor/";

    private SchemaMigrations() {}

    /** Flyway configured for {@code dataSource}, loading classes and scripts from this module's class loader. */
    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SHARED, VENDOR + engineOf(dataSource));
    }

    /** "postgresql", "h2", ...: the folder under db/vendor that holds the migrations of the engine. */
    static String engineOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return vendorFolder(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    /** JDBC's product name ("PostgreSQL", "H2") as a folder name. */
    static String vendorFolder(String productName) {
        return productName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
