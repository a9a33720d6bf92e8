package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.audit.AuditFilter;
import dev.threshold.domain.audit.AuditRecord;
import dev.threshold.domain.audit.AuditRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Audit records in the {@code audit_record} table: inserted and queried, never updated or deleted. */
@ApplicationScoped
public class JpaAuditRecordRepository implements AuditRecordRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public void append(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public List<AuditRecord> list(AuditFilter filter, int offset, int limit) {
        TypedQuery<AuditRecord> query = em.createQuery(
                "select a from AuditRecord a" + where(filter) + " order by a.occurredAt desc, a.id desc",
                AuditRecord.class);
        bind(query, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditRecord a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.actor() != null) {
            where.append(" and a.actor = :actor");
        }
        if (f.kind() != null) {
            where.append(f.kind().endsWith(".") ? " and a.kind like :kind" : " and a.kind = :kind");
        }
        if (f.from() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and a.occurredAt < :to");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditFilter f) {
        if (f.actor() != null) {
            query.setParameter("actor", f.actor());
        }
        if (f.kind() != null) {
            // kinds are letters, dots and dashes only (checked by AuditLog): no wildcard to escape
            query.setParameter("kind", f.kind().endsWith(".") ? f.kind() + "%" : f.kind());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
    }
}
