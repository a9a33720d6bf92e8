package dev.threshold.interfaces.audit.console;

import dev.threshold.application.audit.AuditLog;
import dev.threshold.application.audit.AuditValues;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.audit.AuditFilter;
import dev.threshold.domain.audit.AuditRecord;
import dev.threshold.interfaces.console.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The admin's Audit page: who did what to Threshold, newest first, filtered by who, what (a kind or a kind's first
 * part, e.g. {@code account.}) and a time range, a page of 50 at a time. Read only.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    transient AuditLog log;

    private String actor;
    private String kind;
    private String from;
    private String to;
    private int offset;
    private long total;
    private List<Row> rows = List.of();

    /** One record as the page shows it: what changed, in words. */
    public record Row(Instant at, String actor, String address, String kind, String target, String changes) {}

    public void load() {
        try {
            AuditLog.Page page = log.list(
                    new AuditFilter(blank(actor), blank(kind), instant("from", from), instant("to", to)), offset, PAGE);
            total = page.total();
            rows = page.records().stream().map(AuditView::row).toList();
        } catch (InvalidValueException e) {
            Messages.refused("filters", e);
            rows = List.of();
            total = 0;
        }
    }

    public void search() {
        offset = 0;
        load();
    }

    public void next() {
        if (offset + PAGE < total) {
            offset += PAGE;
        }
        load();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        load();
    }

    static Row row(AuditRecord r) {
        JsonObject before = parsed(r.before());
        JsonObject after = parsed(r.after());
        StringBuilder changes = new StringBuilder();
        for (String field : AuditValues.changedFields(before, after)) {
            changes.append(changes.length() == 0 ? "" : "; ")
                    .append(field)
                    .append(": ")
                    .append(before == null || !before.containsKey(field) ? "–" : text(before, field))
                    .append(" → ")
                    .append(after == null || !after.containsKey(field) ? "–" : text(after, field));
        }
        return new Row(r.occurredAt(), r.actor(), r.address(), r.kind(), r.target(), changes.toString());
    }

    private static String text(JsonObject json, String field) {
        var value = json.get(field);
        return value.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? json.getString(field)
                : value.toString();
    }

    private static JsonObject parsed(String json) {
        return json == null
                ? null
                : dev.threshold.json.JsonApi.JSON
                        .createReader(new StringReader(json))
                        .readObject();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "a time like 2026-11-29T08:00:00Z");
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
    /** "1–50 of 120 records", or that there are none. */
    public String getSummary() {
        return total == 0
                ? "No records."
                : (offset + 1) + "–" + Math.min(total, offset + PAGE) + " of " + total + " records";
    }

    public boolean isHasNext() {
        return offset + PAGE < total;
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }
}
