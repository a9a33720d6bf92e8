package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.domain.notification.EmailSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaEmailSettingsRepository implements EmailSettingsRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<EmailSettings> find() {
        return em.createQuery("select s from EmailSettings s", EmailSettings.class)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(EmailSettings settings) {
        em.persist(settings);
    }
}
