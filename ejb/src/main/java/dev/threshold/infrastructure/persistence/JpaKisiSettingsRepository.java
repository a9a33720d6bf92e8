package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.settings.KisiSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaKisiSettingsRepository implements KisiSettingsRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<KisiSettings> find() {
        return em.createQuery("select s from KisiSettings s", KisiSettings.class)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(KisiSettings settings) {
        em.persist(settings);
    }
}
