package dev.threshold.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 with the real schema (Flyway), and Hibernate on it: for tests of what the database does. */
public final class H2TestDatabase {

    private H2TestDatabase() {}

    /** The database at {@code url} (keep it alive with DB_CLOSE_DELAY=-1), migrated. */
    public static JdbcDataSource migrated(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigrations.configure(h2).load().migrate();
        return h2;
    }

    /** The persistence unit "threshold" on it, with local transactions. */
    public static EntityManagerFactory hibernate(String url) {
        return Persistence.createEntityManagerFactory(
                "threshold",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "hibernate.connection.provider_class",
                        "org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProviderImpl",
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        "sa",
                        "jakarta.persistence.jdbc.password",
                        ""));
    }

    /** Runs the work in a local transaction of an entity manager of its own, and commits it. */
    public static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        inTransactionReturning(factory, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs the work in a local transaction of an entity manager of its own, commits it, and returns its result. */
    public static <R> R inTransactionReturning(EntityManagerFactory factory, Function<EntityManager, R> work) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        R result = work.apply(em);
        em.getTransaction().commit();
        em.close();
        return result;
    }
}
