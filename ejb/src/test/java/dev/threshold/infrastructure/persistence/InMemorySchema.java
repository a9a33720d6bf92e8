package dev.threshold.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/** Threshold's real schema (every Flyway migration) in an in-memory H2, with Hibernate on it, for repository tests. */
final class InMemorySchema {

    private InMemorySchema() {
    }

    /** @param name the in-memory database, kept until the JVM ends; a name per test class keeps them apart */
    static EntityManagerFactory migrated(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigrations.configure(h2).load().migrate();
        return Persistence.createEntityManagerFactory("threshold", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "hibernate.connection.provider_class",
                "org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProviderImpl",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }
}
