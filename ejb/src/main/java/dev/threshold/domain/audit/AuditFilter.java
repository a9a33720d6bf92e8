package dev.threshold.domain.audit;

import java.time.Instant;

/**
 * Which audit records to list; a null part does not filter.
 *
 * @param actor who (exact account name, or "system")
 * @param kind  what: exact ({@code account.role-changed}) or a prefix ending in a dot ({@code account.})
 * @param from  at or after
 * @param to    before
 */
public record AuditFilter(String actor, String kind, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
