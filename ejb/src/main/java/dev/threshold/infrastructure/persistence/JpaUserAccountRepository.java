package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.user.Role;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public long countWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    @Override
    public void remove(UserAccount account) {
        em.remove(account);
    }
}
