package dev.threshold.application.audit;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.audit.AuditFilter;
import dev.threshold.domain.audit.AuditRecord;
import dev.threshold.domain.audit.AuditRecordRepository;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads the audit trail, for admins: filtered by who, what and when, newest first, a page at a time. Admin only, here as
 * on {@code GET /api/audit} and the console's Audit page.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    public static final int MAX_PAGE = 500;

    @Inject
    AuditRecordRepository records;

    public record Page(List<AuditRecord> records, long total) {}

    /** @throws InvalidValueException for a kind that is not letters, dots and dashes, or a time range backwards */
    public Page list(AuditFilter filter, int offset, int limit) {
        if (filter.kind() != null && !filter.kind().matches("[a-z.-]{1," + AuditRecord.MAX_KIND + "}")) {
            throw new InvalidValueException(
                    "kind", "a kind is like account.role-changed, or account. for all of " + "the accounts' kinds");
        }
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw new InvalidValueException("to", "the end of the time range is not after its start");
        }
        if (offset < 0) {
            throw new InvalidValueException("offset", "offset is 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "limit is 1 to " + MAX_PAGE);
        }
        // Counted before listed, as incidents are: a record appended between the two reads is then never on the
        // page without being in the total.
        long total = records.count(filter);
        List<AuditRecord> page = records.list(filter, offset, limit);
        return new Page(page, Math.max(total, (long) offset + page.size()));
    }
}
