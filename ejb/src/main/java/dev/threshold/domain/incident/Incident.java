package dev.threshold.domain.incident;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.LowConfidence;
import dev.threshold.domain.window.Verdict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * People went in through a door who were not let in: the evidence of one door window (its time, its grants, one
 * occurrence per unauthorised person) and its review ({@link IncidentReview}). Late events or crossings revise it; it is never duplicated.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lock_id", nullable = false, updatable = false)
    private Door door;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private IncidentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private IncidentStatus status;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "grants", nullable = false)
    private int grants;

    @Column(name = "entries", nullable = false)
    private int entries;

    @Column(name = "unauthorised", nullable = false)
    private int unauthorised;

    @Column(name = "kisi_tailgate", nullable = false)
    private boolean kisiTailgate;

    /** Its unauthorised entries rest on low-confidence crossings only: see {@link Verdict#doubtful}. */
    @Column(name = "doubtful", nullable = false)
    private boolean doubtful;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null until someone reviews it (its three columns empty). */
    @Embedded
    private IncidentReview review;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IncidentOccurrence> occurrences = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "incident_grant",
            joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "access_event_id"))
    private Set<AccessEvent> grantEvents = new LinkedHashSet<>();

    protected Incident() {
        // for JPA
    }

    /**
     * The incident of a window whose verdict found unauthorised entries.
     *
     * @param grantEvents the stored events of the window's grants
     * @param crossings   the counted crossings by id, for the occurrences
     * @param low         below which a crossing's confidence makes it doubtful
     */
    public static Incident open(
            Door door,
            Verdict verdict,
            List<AccessEvent> grantEvents,
            Map<UUID, DoorCrossing> crossings,
            LowConfidence low,
            Instant now) {
        if (!verdict.unauthorised()) {
            throw new IllegalArgumentException("no incident for a window where everyone who went in was let in");
        }
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.door = Objects.requireNonNull(door, "door");
        incident.kind = IncidentKind.of(verdict.window().kind());
        incident.status = IncidentStatus.OPEN;
        incident.createdAt = now;
        incident.takeEvidence(verdict, grantEvents, crossings, low, now);
        return incident;
    }

    /**
     * Takes the window's verdict again after late events or crossings. An incident whose window turns out all well
     * is withdrawn (kept, since people may have seen it); one that turns bad again reopens. A reviewer's decision is
     * kept: the evidence is updated under it. Whether it is doubtful follows the entries it now rests on.
     *
     * @return whether anything a user would see changed
     */
    public boolean revise(
            Verdict verdict,
            List<AccessEvent> grantEvents,
            Map<UUID, DoorCrossing> crossings,
            LowConfidence low,
            Instant now) {
        IncidentStatus before = status;
        int unauthorisedBefore = unauthorised;
        int grantsBefore = grants;
        boolean doubtfulBefore = doubtful;
        if (!verdict.unauthorised() && status == IncidentStatus.OPEN) {
            status = IncidentStatus.WITHDRAWN;
        } else if (verdict.unauthorised() && status == IncidentStatus.WITHDRAWN) {
            status = IncidentStatus.OPEN;
        }
        if (verdict.unauthorised()) {
            takeEvidence(verdict, grantEvents, crossings, low, now);
        }
        boolean changed = before != status
                || unauthorisedBefore != unauthorised
                || grantsBefore != grants
                || doubtfulBefore != doubtful;
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private void takeEvidence(
            Verdict verdict,
            List<AccessEvent> events,
            Map<UUID, DoorCrossing> crossings,
            LowConfidence low,
            Instant now) {
        windowStart = verdict.window().start();
        windowEnd = verdict.window().end() != null ? verdict.window().end() : now;
        grants = verdict.window().grants().size();
        entries = verdict.entries().size();
        unauthorised = verdict.tailgaters() + verdict.forcedEntries();
        kisiTailgate = verdict.window().kisiTailgate();
        doubtful = verdict.doubtful(low);
        grantEvents.clear();
        grantEvents.addAll(events);
        occurrences.clear();
        int position = 1;
        for (Entry entry : verdict.unauthorisedEntries()) {
            DoorCrossing crossing = entry.crossingId() == null ? null : crossings.get(entry.crossingId());
            occurrences.add(new IncidentOccurrence(this, position++, crossing, entry.at()));
        }
        updatedAt = now;
    }

    /** A reviewer agrees someone went in unauthorised. */
    public void confirm(String reviewer, String reason, Instant now) {
        review(IncidentStatus.CONFIRMED, reviewer, reason, now);
    }

    /** A reviewer finds nobody went in unauthorised; why must be kept, for the door's false-alarm record. */
    public void dismiss(String reviewer, String reason, Instant now) {
        review(IncidentStatus.DISMISSED, reviewer, reason, now);
    }

    private void review(IncidentStatus decision, String reviewer, String reason, Instant now) {
        review = IncidentReview.decided(decision, status, review, reviewer, reason, now);
        status = decision;
        updatedAt = now;
    }

    /** Closes an incident nobody reviewed within {@code reviewTime}; its evidence stays. */
    public boolean closeIfUnreviewed(Duration reviewTime, Instant now) {
        if (status != IncidentStatus.OPEN || createdAt.plus(reviewTime).isAfter(now)) {
            return false;
        }
        status = IncidentStatus.CLOSED;
        updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public Door door() {
        return door;
    }

    public IncidentKind kind() {
        return kind;
    }

    public IncidentStatus status() {
        return status;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public int grants() {
        return grants;
    }

    public int entries() {
        return entries;
    }
    /** Tailgaters of a granted window, forced entries of a forced one. */
    public int unauthorised() {
        return unauthorised;
    }

    public boolean kisiTailgate() {
        return kisiTailgate;
    }
    /** Rests on low-confidence crossings only; kept after a review, as a record of what the review decided on. */
    public boolean doubtful() {
        return doubtful;
    }

    /**
     * Doubtful and not yet decided by a reviewer (open, or closed unreviewed): shown as "needs review", not as a
     * certain incident, and its e-mails may wait for the review.
     */
    public boolean needsReview() {
        return doubtful && status.reviewable();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String reviewedBy() {
        return review == null ? null : review.reviewedBy();
    }

    public String reviewReason() {
        return review == null ? null : review.reason();
    }

    public Instant reviewedAt() {
        return review == null ? null : review.reviewedAt();
    }

    public List<IncidentOccurrence> occurrences() {
        return List.copyOf(occurrences);
    }

    public List<AccessEvent> grantEvents() {
        return List.copyOf(grantEvents);
    }
}
