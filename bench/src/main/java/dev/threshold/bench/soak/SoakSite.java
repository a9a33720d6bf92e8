package dev.threshold.bench.soak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site the soak runs on: one camera per stream, each with the eval scene of its clip, each watching a door of
 * its own (lock ids from {@link #FIRST_LOCK}), so that unlocks on those doors open windows that get judged.
 */
final class SoakSite {

    static final int FIRST_LOCK = 900_000;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    record Door(String lockId, String cameraId) {}

    private final ServerApi api;
    private final List<Door> doors = new ArrayList<>();

    SoakSite(ServerApi api) {
        this.api = api;
    }

    /** Registers camera {@code i} on {@code streamUrl} with the scene in {@code scene}, and its door. */
    void add(int i, String streamUrl, Path scene) throws Exception {
        String name = "Soak cam " + i;
        Matcher id = ID.matcher(api.send("POST", "api/cameras", camera(name, streamUrl, true)));
        if (!id.find()) {
            throw new IllegalStateException("no id in the answer for camera " + name);
        }
        api.send("PUT", "api/cameras/" + id.group(1) + "/scene", Files.readString(scene));
        String lock = String.valueOf(FIRST_LOCK + i);
        api.send("PUT", "api/doors/" + lock, "{\"name\":\"Soak door " + lock + "\",\"cameras\":[\"" + name + "\"]}");
        doors.add(new Door(lock, id.group(1)));
    }

    List<Door> doors() {
        return doors;
    }

    /**
     * Stops reading every camera, the demo's too (the streams go on), so that the frames waiting can drain: what is
     * still waiting then is stuck.
     */
    void disableCameras() throws Exception {
        JsonArray cameras;
        try (JsonReader reader = Json.createReader(new StringReader(api.send("GET", "api/cameras", null)))) {
            cameras = reader.readArray();
        }
        for (JsonValue v : cameras) {
            JsonObject c = v.asJsonObject();
            if (c.getBoolean("enabled")) {
                api.send(
                        "PUT",
                        "api/cameras/" + c.getString("id"),
                        camera(c.getString("name"), c.getString("streamUrl"), false));
            }
        }
    }

    private static String camera(String name, String streamUrl, boolean enabled) {
        return "{\"name\":\"" + name + "\",\"streamUrl\":\"" + streamUrl + "\",\"analysisFps\":5,\"enabled\":" + enabled
                + "}";
    }
}
