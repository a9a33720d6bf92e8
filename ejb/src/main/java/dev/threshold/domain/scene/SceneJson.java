package dev.threshold.domain.scene;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code threshold-scene/1}, the format the admin console, the REST API and the eval cases share.
 * Unknown fields are ignored, so later versions can add some; a missing or malformed field is named in the error.
 */
public final class SceneJson {

    public static final String FORMAT = "threshold-scene/1";

    private SceneJson() {}

    public static Scene parse(String json) {
        return parse(new StringReader(json));
    }

    public static Scene parse(Reader json) {
        JsonObject root;
        try (JsonReader reader = JSON.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            // Malformed JSON, an array or a value instead of an object, a document nested deeper than the parser reads
            // (JsonApi reports that as malformed too): each is a file that is no scene.
            throw new InvalidSceneException("(document)", "is not a JSON object: " + e.getMessage());
        }
        return fromJson(root);
    }

    public static Scene fromJson(JsonObject root) {
        String format = string(root, "format", "format");
        if (!FORMAT.equals(format)) {
            throw new InvalidSceneException("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        JsonObject camera = object(root, "camera", "camera");
        JsonObject floor = object(root, "floor", "floor");
        JsonObject tiles = object(floor, "tiles", "floor.tiles");
        JsonObject door = object(root, "door", "door");
        String name = camera.containsKey("name") ? string(camera, "name", "camera.name") : "";
        return new Scene(
                name,
                integer(camera, "width", "camera.width"),
                integer(camera, "height", "camera.height"),
                points(floor, "image", "floor.image", 4),
                number(floor, "widthMeters", "floor.widthMeters"),
                number(floor, "depthMeters", "floor.depthMeters"),
                integer(tiles, "cols", "floor.tiles.cols"),
                integer(tiles, "rows", "floor.tiles.rows"),
                points(door, "line", "door.line", 2),
                point(door.get("inside"), "door.inside"));
    }

    public static String toJson(Scene scene) {
        JsonObject root = JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add(
                        "camera",
                        JSON.createObjectBuilder()
                                .add("name", scene.cameraName())
                                .add("width", scene.width())
                                .add("height", scene.height()))
                .add(
                        "floor",
                        JSON.createObjectBuilder()
                                .add("image", array(scene.floorQuad()))
                                .add("widthMeters", scene.widthMeters())
                                .add("depthMeters", scene.depthMeters())
                                .add(
                                        "tiles",
                                        JSON.createObjectBuilder()
                                                .add("cols", scene.tileCols())
                                                .add("rows", scene.tileRows())))
                .add(
                        "door",
                        JSON.createObjectBuilder()
                                .add("line", array(scene.doorLine()))
                                .add("inside", pair(scene.inside())))
                .build();
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toString().strip() + "\n";
    }

    private static JsonArrayBuilder array(List<ImagePoint> points) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        points.forEach(p -> a.add(pair(p)));
        return a;
    }

    private static JsonArrayBuilder pair(ImagePoint p) {
        return JSON.createArrayBuilder().add(jsonNumber(p.x())).add(jsonNumber(p.y()));
    }

    private static JsonValue jsonNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? JSON.createValue((long) v) : JSON.createValue(v);
    }

    private static JsonValue required(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidSceneException(field, "is missing");
        }
        return v;
    }

    private static JsonObject object(JsonObject o, String key, String field) {
        JsonValue v = required(o, key, field);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSceneException(field, "must be an object");
        }
        return v.asJsonObject();
    }

    private static String string(JsonObject o, String key, String field) {
        JsonValue v = required(o, key, field);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidSceneException(field, "must be a string");
        }
        return o.getString(key);
    }

    private static double number(JsonObject o, String key, String field) {
        JsonValue v = required(o, key, field);
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidSceneException(field, "must be a number");
        }
        return ((JsonNumber) v).doubleValue();
    }

    private static int integer(JsonObject o, String key, String field) {
        JsonValue v = required(o, key, field);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new InvalidSceneException(field, "must be a whole number");
        }
        return ((JsonNumber) v).intValue();
    }

    private static List<ImagePoint> points(JsonObject o, String key, String field, int count) {
        JsonValue v = required(o, key, field);
        if (v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() != count) {
            throw new InvalidSceneException(field, "must be an array of " + count + " [x, y] points");
        }
        List<ImagePoint> points = new ArrayList<>();
        JsonArray a = v.asJsonArray();
        for (int i = 0; i < count; i++) {
            points.add(point(a.get(i), field + "[" + i + "]"));
        }
        return points;
    }

    private static ImagePoint point(JsonValue v, String field) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidSceneException(field, "is missing");
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY
                || v.asJsonArray().size() != 2
                || v.asJsonArray().stream().anyMatch(n -> n.getValueType() != JsonValue.ValueType.NUMBER)) {
            throw new InvalidSceneException(field, "must be a point [x, y] in pixels");
        }
        JsonArray a = v.asJsonArray();
        return new ImagePoint(
                a.getJsonNumber(0).doubleValue(), a.getJsonNumber(1).doubleValue());
    }
}
