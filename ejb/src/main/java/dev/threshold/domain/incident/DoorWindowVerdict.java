package dev.threshold.domain.incident;

import dev.threshold.domain.door.Door;
import dev.threshold.domain.window.DoorWindow;
import dev.threshold.domain.window.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The verdict of one door window as it was judged, kept for every window, also when all was well: what the console
 * shows for a door, and how the verdict's latency (first judged − window end) is measured.
 */
@Entity
@Table(name = "door_window_verdict")
public class DoorWindowVerdict {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lock_id", nullable = false, updatable = false)
    private Door door;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DoorWindow.Kind kind;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "grants", nullable = false)
    private int grants;

    @Column(name = "entries", nullable = false)
    private int entries;

    @Column(name = "tailgaters", nullable = false)
    private int tailgaters;

    @Column(name = "forced_entries", nullable = false)
    private int forcedEntries;

    @Column(name = "kisi_tailgate", nullable = false)
    private boolean kisiTailgate;

    @Column(name = "judged_first_at", nullable = false, updatable = false)
    private Instant judgedFirstAt;

    @Column(name = "judged_at", nullable = false)
    private Instant judgedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    protected DoorWindowVerdict() {
        // for JPA
    }

    public static DoorWindowVerdict judged(Door door, Verdict verdict, Instant now) {
        DoorWindowVerdict judged = new DoorWindowVerdict();
        judged.id = UUID.randomUUID();
        judged.door = Objects.requireNonNull(door, "door");
        judged.kind = verdict.window().kind();
        judged.judgedFirstAt = now;
        judged.take(verdict, now);
        return judged;
    }

    /** Takes the window's verdict again (late events or crossings); the first judgement time stays. */
    public void rejudge(Verdict verdict, Instant now) {
        take(verdict, now);
    }

    private void take(Verdict verdict, Instant now) {
        if (!verdict.window().endedBy(now)) {
            throw new IllegalArgumentException("a door window is judged only once it has ended");
        }
        kind = verdict.window().kind();
        startedAt = verdict.window().start();
        endedAt = verdict.window().end();
        grants = verdict.window().grants().size();
        entries = verdict.entries().size();
        tailgaters = verdict.tailgaters();
        forcedEntries = verdict.forcedEntries();
        kisiTailgate = verdict.window().kisiTailgate();
        judgedAt = now;
    }

    public void recordIncident(Incident opened) {
        this.incident = Objects.requireNonNull(opened, "incident");
    }

    /**
     * Is this the same window as {@code window} (cut again after a late event may move its ends)? The same start is
     * the same window whatever it turned out to be (one row per door and start); otherwise an overlapping one of the
     * same kind.
     */
    public boolean sameWindowAs(DoorWindow window) {
        if (startedAt.equals(window.start())) {
            return true;
        }
        Instant end = window.end() == null ? Instant.MAX : window.end();
        return kind == window.kind() && !startedAt.isAfter(end) && !endedAt.isBefore(window.start());
    }

    public UUID id() {
        return id;
    }

    public Door door() {
        return door;
    }

    public DoorWindow.Kind kind() {
        return kind;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public int grants() {
        return grants;
    }

    public int entries() {
        return entries;
    }

    public int tailgaters() {
        return tailgaters;
    }

    public int forcedEntries() {
        return forcedEntries;
    }

    public boolean kisiTailgate() {
        return kisiTailgate;
    }

    public Instant judgedFirstAt() {
        return judgedFirstAt;
    }

    public Instant judgedAt() {
        return judgedAt;
    }

    public Incident incident() {
        return incident;
    }
}
