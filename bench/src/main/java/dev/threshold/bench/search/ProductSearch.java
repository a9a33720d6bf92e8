package dev.threshold.bench.search;

import dev.threshold.bench.ProductPersistenceUnit;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.infrastructure.persistence.JpaLabelRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * Label search exactly as the server runs it: the product's persistence unit ("threshold", all its entities) on the
 * Hibernate ORM version WildFly ships, and the product's {@link JpaLabelRepository} building and running its JPQL.
 * Only the container is missing: the entity manager is made here, one per search as the server's transaction-scoped
 * one, on a small connection pool as the server's datasource.
 */
final class ProductSearch implements AutoCloseable {

    private final EntityManagerFactory factory;

    ProductSearch(String jdbcUrl, String user, String password) {
        factory = ProductPersistenceUnit.open(jdbcUrl, user, password, 2);
    }

    /** Runs the search as GET /api/labels does and reads what its answer shows of each hit; returns the hit count. */
    int search(String text, int limit) {
        EntityManager em = factory.createEntityManager();
        try {
            List<Label> hits = new JpaLabelRepository(em).search(LabelQuery.parse(text), limit);
            for (Label l : hits) {
                // What LabelResource.LabelHit reads: the fetched event and camera, no further query.
                if (l.accessEvent() != null) {
                    l.accessEvent().kisiUuid();
                }
                if (l.camera() != null) {
                    l.camera().name();
                }
            }
            return hits.size();
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
