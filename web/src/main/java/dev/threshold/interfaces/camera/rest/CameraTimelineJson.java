package dev.threshold.interfaces.camera.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.CameraTimeline;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;

/**
 * A camera's timeline as the viewer reads it: the scene in image pixels (the grid is drawn in the browser with the
 * same homography as the server's overlay), the occupied tiles over time with the tailgaters' ({@code tailgater}),
 * and the labels on the video.
 */
final class CameraTimelineJson {

    private CameraTimelineJson() {}

    static String of(CameraTimeline timeline) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add(
                        "camera",
                        JSON.createObjectBuilder()
                                .add("id", timeline.cameraId().toString())
                                .add("name", timeline.cameraName()))
                .add("from", timeline.from().toString())
                .add("to", timeline.to().toString());
        if (timeline.sceneJson() == null) {
            json.addNull("scene");
        } else {
            json.add("scene", scene(SceneJson.parse(timeline.sceneJson())));
        }
        JsonArrayBuilder occupancy = JSON.createArrayBuilder();
        timeline.occupancy()
                .forEach(o -> occupancy.add(JSON.createObjectBuilder()
                        .add("at", o.since().toString())
                        .add("tiles", numbers(o.tiles()))
                        .add("tailgater", numbers(o.tailgater()))));
        JsonArrayBuilder events = JSON.createArrayBuilder();
        timeline.markers().forEach(m -> events.add(event(m)));
        return json.add("occupancy", occupancy).add("events", events).build().toString();
    }

    /** A door event on the video: when, its label, the caption, and its incident when it is one's. */
    static JsonObjectBuilder event(CameraTimeline.Marker m) {
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("at", m.at().toString())
                .add("label", m.name())
                .add("caption", caption(m));
        if (m.incidentId() != null) {
            event.add("incidentId", m.incidentId().toString());
        }
        return event;
    }

    /** One line saying what happened, where and who: the marker's title and the video's caption. */
    static String caption(CameraTimeline.Marker m) {
        StringBuilder text = new StringBuilder(m.name());
        if (m.doorName() != null) {
            text.append(" · ").append(m.doorName());
        }
        if (m.actorName() != null) {
            text.append(" · ").append(m.actorName());
        }
        return text.toString();
    }

    private static JsonObjectBuilder scene(Scene scene) {
        return JSON.createObjectBuilder()
                .add("width", scene.width())
                .add("height", scene.height())
                .add("floor", points(scene.floorQuad()))
                .add("widthMeters", scene.widthMeters())
                .add("depthMeters", scene.depthMeters())
                .add("cols", scene.tileCols())
                .add("rows", scene.tileRows())
                .add("door", points(scene.doorLine()));
    }

    private static JsonArrayBuilder points(List<ImagePoint> points) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        points.forEach(p -> array.add(JSON.createArrayBuilder().add(p.x()).add(p.y())));
        return array;
    }

    private static JsonArrayBuilder numbers(Collection<Integer> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
