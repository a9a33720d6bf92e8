package dev.threshold.domain.audit;

import java.util.List;

/** The audit trail's store: append and read, nothing else (append-only by construction). */
public interface AuditRecordRepository {

    void append(AuditRecord record);

    /** Newest first. */
    List<AuditRecord> list(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);
}
