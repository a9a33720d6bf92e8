package dev.threshold.application.audit;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.audit.AuditRecord;
import dev.threshold.domain.audit.AuditRecordRepository;
import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Appends to the audit trail (see docs/security.md, "Audit trail") and publishes each record to
 * {@code security-events} as a CloudEvent {@code threshold.audit.<kind>} through the outbox. {@link #record} joins
 * the caller's transaction (it must have one): an audited change and its record commit together or not at all.
 * {@link #recordAlone} is for what changes nothing in the database (a sign-in, a video download): it commits its
 * own transaction.
 * <p>
 * Who and from where come from {@link AuditOrigin} (the web request on this thread) unless the caller names the
 * actor; with neither, the record is the "system"'s. States pass {@link AuditValues#withoutSecrets} on the way in.
 * <p>
 * Services make one call where the change is made, e.g. {@code audit.record("door.mapped", "door/" + id, before,
 * after)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRecordRepository records;

    @Inject
    SecurityEvents events;

    @Inject
    Clock clock;

    /** A record by the signed-in account of this request (or the system), in the caller's transaction. */
    public AuditRecord record(String kind, String target, JsonObject before, JsonObject after) {
        return record(null, kind, target, before, after);
    }

    /**
     * A record in the caller's transaction.
     *
     * @param actor who did it, or null for the signed-in account of this request (or the system)
     */
    public AuditRecord record(String actor, String kind, String target, JsonObject before, JsonObject after) {
        AuditOrigin.Origin origin = AuditOrigin.current();
        return append(actor != null ? actor : origin.actor(), origin.address(), kind, target, before, after);
    }

    /** A record of something that changes nothing else (a video download), in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord recordAlone(String kind, String target, JsonObject after) {
        return record(null, kind, target, null, after);
    }

    /** A sign-in or failed one: actor and address given by the security layer, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord recordSignIn(String actor, String address, String kind, JsonObject after) {
        return append(actor, address, kind, "user/" + actor, null, after);
    }

    private AuditRecord append(
            String actor, String address, String kind, String target, JsonObject before, JsonObject after) {
        JsonObject cleanBefore = AuditValues.withoutSecrets(before);
        JsonObject cleanAfter = AuditValues.withoutSecrets(after);
        // no actor: a request nobody signed in to (a shared link) is "anonymous", work of no request the "system"'s
        String who = actor != null ? actor : address != null ? AuditOrigin.ANONYMOUS : AuditOrigin.SYSTEM;
        AuditRecord record = new AuditRecord(
                clock.instant(),
                who,
                address,
                kind,
                target,
                cleanBefore == null ? null : cleanBefore.toString(),
                cleanAfter == null ? null : cleanAfter.toString());
        records.append(record);
        events.publishAudit(record.kind(), record.id(), record.occurredAt(), toJson(record, cleanBefore, cleanAfter));
        return record;
    }

    /** The record as JSON: what GET /api/audit answers and the CloudEvent's data. */
    public static JsonObject toJson(AuditRecord record) {
        return toJson(record, parsed(record.before()), parsed(record.after()));
    }

    private static JsonObject toJson(AuditRecord r, JsonObject before, JsonObject after) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", r.id().toString())
                .add("at", r.occurredAt().toString())
                .add("actor", r.actor());
        optional(json, "address", r.address());
        json.add("kind", r.kind());
        optional(json, "target", r.target());
        if (before == null) {
            json.addNull("before");
        } else {
            json.add("before", before);
        }
        if (after == null) {
            json.addNull("after");
        } else {
            json.add("after", after);
        }
        var changed = JSON.createArrayBuilder();
        AuditValues.changedFields(before, after).forEach(changed::add);
        return json.add("changed", changed).build();
    }

    private static JsonObject parsed(String json) {
        return json == null
                ? null
                : JSON.createReader(new java.io.StringReader(json)).readObject();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
