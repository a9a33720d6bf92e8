package dev.threshold.interfaces.camera.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.camera.CameraTimeline;
import dev.threshold.testing.SceneFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the viewer reads: the door events as captions on the video (WebVTT) and the timeline JSON it draws from. */
class CameraTimelineJsonTest {

    static final Instant FROM = Instant.parse("2026-11-29T08:00:00Z");
    static final String SCENE = SceneFixtures.DEMO_FLOOR;
    static final UUID INCIDENT = UUID.randomUUID();
    static final CameraTimeline TIMELINE = new CameraTimeline(
            UUID.randomUUID(),
            "Lobby",
            FROM,
            FROM.plusSeconds(30),
            SCENE,
            List.of(new CameraTimeline.OccupiedTiles(
                    FROM.plusSeconds(3), new TreeSet<>(List.of(5, 33)), new TreeSet<>(List.of(5)))),
            List.of(
                    new CameraTimeline.Marker(
                            FROM.plusMillis(2500), "entry unlocked", "Front door", "Ada <script>Gate", null),
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
        JsonObject json = Json.createReader(new StringReader(CameraTimelineJson.of(TIMELINE)))
                .readObject();
        JsonObject scene = json.getJsonObject("scene");
        assertEquals(10, scene.getInt("cols"));
        assertEquals(
                154.4,
                scene.getJsonArray("floor").getJsonArray(0).getJsonNumber(0).doubleValue(),
                1e-9);
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
