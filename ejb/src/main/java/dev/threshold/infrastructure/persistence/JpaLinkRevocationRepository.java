package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.incident.LinkRevocation;
import dev.threshold.domain.incident.LinkRevocationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaLinkRevocationRepository implements LinkRevocationRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<LinkRevocation> find(UUID incidentId) {
        return Optional.ofNullable(em.find(LinkRevocation.class, incidentId));
    }

    @Override
    public void store(LinkRevocation revocation) {
        em.persist(revocation);
    }
}
