package dev.threshold.application.camera;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/**
 * What the console's viewer lays over a camera's recording of [from, to]: the camera's scene (null without one), the
 * occupied floor tiles over time with the tailgaters' among them, and the labels on its video (door events, people
 * counted, incidents).
 */
public record CameraTimeline(
        UUID cameraId,
        String cameraName,
        Instant from,
        Instant to,
        String sceneJson,
        List<OccupiedTiles> occupancy,
        List<Marker> markers) {

    /**
     * The tiles people stood on from {@code since} until the next entry; {@code tailgater}: those of them a tailgater
     * stood on (the red ones).
     */
    public record OccupiedTiles(Instant since, SortedSet<Integer> tiles, SortedSet<Integer> tailgater) {}

    /** A span of a camera's recording. */
    public record Span(Instant from, Instant to) {}

    /** A label on the video: what happened, when, where, who; {@code incidentId} when it is an incident's. */
    public record Marker(Instant at, String name, String doorName, String actorName, UUID incidentId) {

        static Marker of(dev.threshold.domain.label.Label label) {
            return new Marker(
                    label.occurredAt(), label.name(), label.doorName(), label.actorName(), label.incidentId());
        }
    }
}
