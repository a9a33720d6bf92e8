package dev.threshold.interfaces.camera.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.camera.CameraTimeline;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What the viewer reads: the door events as captions on the video (WebVTT) and the timeline JSON it draws from. */
class CameraTimelineJsonTest {

    static final Instant FROM = Instant.parse("2026-11-29T08:00:00Z");
    static final String SCENE = """
            {"format":"threshold-scene/1","camera":{"name":"Lobby","width":640,"height":480},
             "floor":{"image":[[154.4,204.7],[485.6,204.7],[662.7,481.4],[-22.7,481.4]],
                      "widthMeters":5.0,"depthMeters":4.0,"tiles":{"cols":10,"rows":8}},
             "door":{"line":[[286.9,204.7],[353.1,204.7]],"inside":[320,295]}}
            """;
    static final UUID INCIDENT = UUID.randomUUID();
    static final CameraTimeline TIMELINE = new CameraTimeline(UUID.randomUUID(), "Lobby", FROM,
            FROM.plusSeconds(30), SCENE,
            List.of(new CameraTimeline.OccupiedTiles(FROM.plusSeconds(3), new TreeSet<>(List.of(5, 33)),
                    new TreeSet<>(List.of(5)))),
            List.of(new CameraTimeline.Marker(FROM.plusMillis(2500), "entry unlocked", "Front door",
                            "Ada <script>Gate", null),
                    new CameraTimeline.Marker(FROM.plusSeconds(4), "tailgating", "Front door", null, INCIDENT)));

    @Test
    void captionsAreTimedFromTheClipsStartAndSayWhatWhereAndWho() {
        // The clip starts at the key frame a second before the span.
        String vtt = WebVtt.captions(TIMELINE, FROM.minusSeconds(1));
        assertEquals("""
                WEBVTT

                00:00:03.500 --> 00:00:06.500
                entry unlocked · Front door · Ada &lt;script&gt;Gate

                00:00:05.000 --> 00:00:08.000
                tailgating · Front door
                """, vtt);
    }

    @Test
    void anEventBeforeTheClipIsShownFromItsStartWhileItLastsAndOneLongOverIsLeftOut() {
        String vtt = WebVtt.captions(TIMELINE, FROM.plusSeconds(4));
        assertTrue(vtt.contains("00:00:00.000 --> 00:00:01.500\nentry unlocked"), vtt);
        assertEquals("00:01:05.042", WebVtt.time(java.time.Duration.ofMillis(65_042)));
        assertEquals("WEBVTT\n", WebVtt.captions(TIMELINE, FROM.plusSeconds(60)));
    }

    @Test
    void theTimelineCarriesTheSceneInPixelsTheRedTilesAndTheEvents() {
        JsonObject json = Json.createReader(new StringReader(CameraTimelineJson.of(TIMELINE))).readObject();
        JsonObject scene = json.getJsonObject("scene");
        assertEquals(10, scene.getInt("cols"));
        assertEquals(154.4, scene.getJsonArray("floor").getJsonArray(0).getJsonNumber(0).doubleValue(), 1e-9);
        assertEquals(2, scene.getJsonArray("door").size());
        JsonObject occupied = json.getJsonArray("occupancy").getJsonObject(0);
        assertEquals("2026-11-29T08:00:03Z", occupied.getString("at"));
        assertEquals("[5,33]", occupied.getJsonArray("tiles").toString());
        assertEquals("[5]", occupied.getJsonArray("tailgater").toString());
        JsonObject tailgating = json.getJsonArray("events").getJsonObject(1);
        assertEquals("tailgating · Front door", tailgating.getString("caption"));
        assertEquals(INCIDENT.toString(), tailgating.getString("incidentId"));
    }
}
