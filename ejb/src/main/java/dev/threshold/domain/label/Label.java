package dev.threshold.domain.label;

import dev.threshold.domain.TimeOrderedIds;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.incident.Incident;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A searchable label on the timeline: what happened ("entry unlocked"), where (the door), who, and when.
 * Its search text holds every phrasing that should find it, lower-cased, so that search is one indexed column.
 */
@Entity
@Table(name = "label")
public class Label {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "access_event_id", updatable = false)
    private AccessEvent accessEvent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "camera_id", updatable = false)
    private Camera camera;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "door_crossing_id", updatable = false)
    private DoorCrossing doorCrossing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id", updatable = false)
    private Incident incident;

    /** The incident's id without loading it: search results link to their incident after the transaction. */
    @Column(name = "incident_id", insertable = false, updatable = false)
    private UUID incidentId;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "token", nullable = false, updatable = false)
    private String token;

    @Column(name = "actor_token", updatable = false)
    private String actorToken;

    @Column(name = "door_name", updatable = false)
    private String doorName;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "search_text", nullable = false, updatable = false, length = 2000)
    private String searchText;

    protected Label() {
        // for JPA
    }

    private Label(AccessEvent event, LabelKind kind, Camera camera) {
        this.id = TimeOrderedIds.next(); // appended to the primary key, not scattered over it
        this.accessEvent = event;
        this.camera = camera;
        this.name = kind.name();
        this.token = kind.token();
        this.actorToken = kind.tokenFor(event.actorId());
        this.doorName = event.doorName();
        this.actorName = event.actorName();
        this.occurredAt = event.createdAt();
        this.searchText = searchTextOf(kind, actorToken, doorName, actorName, camera == null ? null : camera.name());
    }

    private Label(DoorCrossing crossing, LabelKind kind, String doorName) {
        this.id = TimeOrderedIds.next(); // appended to the primary key, not scattered over it
        this.doorCrossing = crossing;
        this.camera = crossing.camera();
        this.name = kind.name();
        this.token = kind.token();
        this.doorName = doorName;
        this.occurredAt = crossing.crossedAt();
        this.searchText = searchTextOf(kind, doorName, crossing.camera().name());
    }

    private Label(Incident incident, LabelKind kind, Camera camera) {
        this.id = TimeOrderedIds.next(); // appended to the primary key, not scattered over it
        this.incident = incident;
        this.incidentId = incident.id();
        this.camera = camera;
        this.name = kind.name();
        this.token = kind.token();
        this.doorName = incident.door().displayName();
        String actors = incident.grantEvents().stream()
                .map(AccessEvent::actorName)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining(", "));
        this.actorName = actors.isEmpty() ? null : actors;
        this.occurredAt = incident.windowStart();
        this.searchText = searchTextOf(
                kind,
                doorName,
                actorName,
                camera == null ? null : camera.name(),
                incident.needsReview() ? IncidentLabels.NEEDS_REVIEW : null);
    }

    /**
     * The label of an incident ("tailgating", "forced entry") on the video of one of its door's cameras, for the
     * window's time; the names of those who let the tailgaters in are searchable with it, and "needs-review" while
     * the incident rests on doubtful crossings and nobody reviewed it.
     */
    public static Label onIncident(Incident incident, Camera camera) {
        return new Label(
                Objects.requireNonNull(incident, "incident"), IncidentLabels.labelFor(incident.kind()), camera);
    }

    /** The label of a person counted crossing a door on a camera's video ("person entering" at the Front door). */
    public static Label onCrossing(DoorCrossing crossing, String doorName) {
        Objects.requireNonNull(crossing, "crossing");
        return new Label(crossing, CrossingLabels.labelFor(crossing.direction()), doorName);
    }

    /**
     * The label that {@code kind} puts on {@code event}, on the video of {@code camera}; a door that no camera
     * watches yet gets its label without one ({@code camera} null).
     */
    public static Label onAccessEvent(AccessEvent event, LabelKind kind, Camera camera) {
        return new Label(Objects.requireNonNull(event, "event"), Objects.requireNonNull(kind, "kind"), camera);
    }

    private static String searchTextOf(LabelKind kind, String... more) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(kind.name());
        parts.add(kind.token());
        parts.addAll(kind.queries());
        for (String part : more) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        String text = String.join(" | ", parts).toLowerCase(Locale.ROOT);
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public UUID id() {
        return id;
    }

    public AccessEvent accessEvent() {
        return accessEvent;
    }

    public Camera camera() {
        return camera;
    }

    public DoorCrossing doorCrossing() {
        return doorCrossing;
    }

    public Incident incident() {
        return incident;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String name() {
        return name;
    }

    public String token() {
        return token;
    }

    public String actorToken() {
        return actorToken;
    }

    public String doorName() {
        return doorName;
    }

    public String actorName() {
        return actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String searchText() {
        return searchText;
    }
}
