package dev.threshold.domain.audit;

import dev.threshold.domain.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail: who ({@code actor}), when, from which address, what ({@code kind}, e.g.
 * {@code account.role-changed}), to what ({@code target}, e.g. {@code user/alice}) and the state before and after as
 * JSON with secrets removed. Immutable: no setters, every column {@code updatable = false}; the repository appends and
 * reads only, so the application has no path that changes or deletes a record.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    public static final int MAX_ACTOR = 64;
    public static final int MAX_ADDRESS = 64;
    public static final int MAX_KIND = 64;
    public static final int MAX_TARGET = 300;
    public static final int MAX_JSON = 20000;

    @Id
    @Column(name = "id", updatable = false)
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = MAX_ACTOR)
    private String actor;

    @Column(name = "address", updatable = false, length = MAX_ADDRESS)
    private String address;

    @Column(name = "kind", nullable = false, updatable = false, length = MAX_KIND)
    private String kind;

    @Column(name = "target", updatable = false, length = MAX_TARGET)
    private String target;

    @Column(name = "before_json", updatable = false, length = MAX_JSON)
    private String before;

    @Column(name = "after_json", updatable = false, length = MAX_JSON)
    private String after;

    protected AuditRecord() {
        // for JPA
    }

    /**
     * @param before the state before as JSON (secrets already removed), or null (something new)
     * @param after  the state after as JSON (secrets already removed), or null (something removed)
     */
    public AuditRecord(
            Instant occurredAt, String actor, String address, String kind, String target, String before, String after) {
        this.id = TimeOrderedIds.next();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = cut(actor == null || actor.isBlank() ? "system" : actor, MAX_ACTOR);
        this.address = address == null ? null : cut(address, MAX_ADDRESS);
        if (kind == null || !kind.matches("[a-z]+(\\.[a-z-]+)+") || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("an audit kind is like account.role-changed, not " + kind);
        }
        this.kind = kind;
        this.target = target == null ? null : cut(target, MAX_TARGET);
        this.before = checkedJson(before, "before");
        this.after = checkedJson(after, "after");
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String address() {
        return address;
    }

    public String kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    private static String cut(String text, int max) {
        String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }

    private static String checkedJson(String json, String which) {
        if (json != null && json.length() > MAX_JSON) {
            throw new IllegalArgumentException(
                    "audit: the " + which + " state is longer than " + MAX_JSON + " characters; record less of it");
        }
        return json;
    }
}
