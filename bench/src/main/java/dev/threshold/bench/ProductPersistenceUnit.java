package dev.threshold.bench;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The product's persistence unit ("threshold", all its entities) outside the server, on the Hibernate ORM version
 * WildFly ships: local transactions and Hibernate's own small pool instead of the server's datasource, which is
 * looked up in JNDI.
 */
public final class ProductPersistenceUnit {

    // Held, so that its level stays set (a logger nobody references may be collected with its level).
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private ProductPersistenceUnit() {}

    public static EntityManagerFactory open(String jdbcUrl, String user, String password, int poolSize) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        return Persistence.createEntityManagerFactory(
                "threshold",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "hibernate.connection.provider_class",
                        "org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProviderImpl",
                        "jakarta.persistence.jdbc.url",
                        jdbcUrl,
                        "jakarta.persistence.jdbc.user",
                        user,
                        "jakarta.persistence.jdbc.password",
                        password,
                        "hibernate.connection.pool_size",
                        Integer.toString(poolSize)));
    }
}
