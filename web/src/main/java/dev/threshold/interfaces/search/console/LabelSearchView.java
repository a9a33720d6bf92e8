package dev.threshold.interfaces.search.console;

import dev.threshold.application.search.LabelSearchService;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.interfaces.camera.console.ViewerLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The search page: labels matching what the admin typed ("entry unlocked", a door, a person, {@code -term} to leave
 * out), on one camera, at one door, in one Kisi place, between two times. Everything is in the page's URL, so a search
 * is a link to share.
 */
@Named
@RequestScoped
public class LabelSearchView {

    /** The seed's sample queries, offered as one-click chips. */
    static final List<String> SAMPLE_QUERIES = List.of(
            "tailgating", "forced open", "door held open", "entry unlocked", "person entering", "person leaving");

    @Inject
    LabelSearchService search;

    @Inject
    FacesContext faces;

    private String q;
    private String camera;
    private String door;
    private String from;
    private String to;
    private String place;
    private List<Label> results = List.of();
    private boolean searched;
    private List<Camera> cameras;
    private List<Door> doors;

    /** Runs the search given in the page's parameters, if any; a bad value is a message naming the field. */
    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            LabelQuery query = LabelQuery.parse(q);
            LabelFilter filter = search.filter(
                    blank(camera) ? null : cameraId(),
                    door,
                    instant("from", from),
                    instant("to", to),
                    PlaceSelection.parse(place));
            results = search.findLabels(query, filter, 200);
            searched = true;
        } catch (IllegalArgumentException e) { // the query's or a filter's words
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    private UUID cameraId() {
        try {
            return UUID.fromString(camera.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("camera", "camera: pick a camera from the list");
        }
    }

    /** A datetime-local field's value ("2026-11-29T08:00"), read in the server's time zone as the page shows times. */
    private static Instant instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip())
                    .atZone(ZoneId.systemDefault())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + ": give a date and time such as 2026-11-29T08:00");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The page's URL for a sample query, keeping the camera, door and time range chosen. */
    public String chipUrl(String sample) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", sample);
        params.put("camera", camera);
        params.put("door", door);
        params.put("from", from);
        params.put("to", to);
        params.put("place", place);
        return faces.getExternalContext().getRequestContextPath() + "/ui/search.xhtml?"
                + params.entrySet().stream()
                        .filter(p -> !blank(p.getValue()))
                        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    /**
     * Where a result leads: a label on a camera's video to the viewer at that moment; an incident's label without a
     * camera to the incident's page; any other label nowhere (null).
     */
    public String linkOf(Label label) {
        String context = faces.getExternalContext().getRequestContextPath();
        if (label.camera() != null) {
            return ViewerLinks.at(context, label.camera().id(), label.occurredAt());
        }
        if (label.incidentId() != null) {
            return context + "/ui/incident.xhtml?id=" + label.incidentId();
        }
        return null;
    }

    /** The camera's picture at the label's moment (the browser keeps it an hour: the snapshot says so). */
    public String thumbnailOf(Label label) {
        return faces.getExternalContext().getRequestContextPath() + "/api/cameras/"
                + label.camera().id() + "/snapshot?at=" + label.occurredAt();
    }

    public List<String> getSampleQueries() {
        return SAMPLE_QUERIES;
    }

    public List<Camera> getCameras() {
        if (cameras == null) {
            cameras = search.cameras();
        }
        return cameras;
    }

    public List<Door> getDoors() {
        if (doors == null) {
            doors = search.doors();
        }
        return doors;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCamera() {
        return camera;
    }

    public void setCamera(String camera) {
        this.camera = camera;
    }

    public String getDoor() {
        return door;
    }

    public void setDoor(String door) {
        this.door = door;
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<Label> getResults() {
        return results;
    }
}
