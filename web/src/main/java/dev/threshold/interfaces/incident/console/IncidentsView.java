package dev.threshold.interfaces.incident.console;

import dev.threshold.application.incident.IncidentService;
import dev.threshold.application.incident.IncidentSummary;
import dev.threshold.application.verdict.WebhookDelays;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.incident.DoorReviewRecord;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.incident.IncidentKind;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.domain.window.WebhookDelay;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The incidents page: incidents newest first, filtered by status, kind and door; per door, how many were dismissed
 * (a door with many false alarms needs its camera or grid looked at); how late Kisi's webhooks arrive.
 */
@Named
@ViewScoped
public class IncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient WebhookDelays delays;

    private String status = "OPEN";
    private String kind;
    private String lockId;
    /** "first", a further Kisi place's id, or blank for any place. */
    private String place;
    /** Only the doubtful incidents nobody reviewed yet. */
    private boolean needsReview;

    private List<IncidentSummary> shown = List.of();
    private long total;
    private List<DoorReviewRecord> doors = List.of();
    private WebhookDelay delay;

    public void load() {
        IncidentFilter filter = new IncidentFilter(
                blank(status) ? null : IncidentStatus.valueOf(status),
                blank(kind) ? null : IncidentKind.valueOf(kind),
                blank(lockId) ? null : lockId.strip(),
                null,
                null,
                needsReview ? Boolean.TRUE : null,
                PlaceSelection.parse(place));
        IncidentService.Page page = incidents.list(filter, 0, SHOWN);
        shown = page.incidents();
        total = page.total();
        doors = incidents.reviewRecords();
        delay = delays.current();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public IncidentKind[] getKinds() {
        return IncidentKind.values();
    }

    public String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "0.4 s" — how late Kisi's webhooks arrive, median over the recent ones. */
    public String getDelayText() {
        return delay == null || delay.samples() == 0
                ? "no events yet"
                : String.format(
                        Locale.ROOT,
                        "%.1f s (median of the last %d events)",
                        delay.median().toMillis() / 1000.0,
                        delay.samples());
    }

    public boolean isDelayBeyondTolerance() {
        return delay != null && delay.beyondTolerance();
    }

    public String getToleranceText() {
        return delay == null
                ? ""
                : String.format(Locale.ROOT, "%.1f s", delay.tolerance().toMillis() / 1000.0);
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public void setNeedsReview(boolean needsReview) {
        this.needsReview = needsReview;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLockId() {
        return lockId;
    }

    public void setLockId(String lockId) {
        this.lockId = lockId;
    }

    public List<IncidentSummary> getIncidents() {
        return shown;
    }

    public long getTotal() {
        return total;
    }

    public List<DoorReviewRecord> getDoors() {
        return doors;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
