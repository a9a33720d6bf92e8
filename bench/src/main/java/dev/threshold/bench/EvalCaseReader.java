package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.domain.scene.InvalidSceneException;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@code threshold-case/1}; unknown fields are ignored, a missing or malformed one names file and field. */
public final class EvalCaseReader {

    public static final String FORMAT = "threshold-case/1";

    private EvalCaseReader() {}

    public static EvalCase read(Path file) {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(file);
                JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (IOException e) {
            throw new InvalidCaseException(file, "(file)", "cannot be read: " + e.getMessage(), e);
        } catch (JsonException | ClassCastException e) {
            throw new InvalidCaseException(file, "(document)", "is not a JSON object: " + e.getMessage(), e);
        }
        String format = string(file, root, "format");
        if (!FORMAT.equals(format)) {
            throw new InvalidCaseException(file, "format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path clip = dir.resolve(string(file, root, "clip")).normalize();
        if (!Files.isReadable(clip)) {
            throw new InvalidCaseException(file, "clip", "names " + clip + ", which does not exist");
        }
        Path scenePath = dir.resolve(string(file, root, "scene")).normalize();
        Scene scene;
        try {
            scene = SceneJson.parse(Files.readString(scenePath));
        } catch (IOException e) {
            throw new InvalidCaseException(file, "scene", "names " + scenePath + ", which cannot be read", e);
        } catch (InvalidSceneException e) {
            throw new InvalidCaseException(
                    file, "scene", "names " + scenePath + ", which is invalid: " + e.getMessage(), e);
        }
        double fps = positive(file, root, "fps");
        double tolerance = positive(file, root, "toleranceSeconds");
        JsonValue list = required(file, root, "crossings");
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCaseException(file, "crossings", "must be an array of {t, direction}");
        }
        List<EvalCase.TrueCrossing> crossings = new ArrayList<>();
        for (int i = 0; i < list.asJsonArray().size(); i++) {
            String field = "crossings[" + i + "]";
            JsonValue v = list.asJsonArray().get(i);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCaseException(file, field, "must be an object {t, direction}");
            }
            double t = number(file, v.asJsonObject(), "t", field + ".t");
            String d = string(file, v.asJsonObject(), "direction", field + ".direction");
            Direction direction = switch (d) {
                case "in" -> Direction.IN;
                case "out" -> Direction.OUT;
                default ->
                    throw new InvalidCaseException(
                            file, field + ".direction", "must be \"in\" or \"out\", not \"" + d + "\"");
            };
            crossings.add(new EvalCase.TrueCrossing(t, direction));
        }
        JsonValue e = required(file, root, "expect");
        if (e.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidCaseException(file, "expect", "must be an object");
        }
        JsonObject expect = e.asJsonObject();
        return new EvalCase(
                file,
                clip,
                scene,
                fps,
                tolerance,
                List.copyOf(crossings),
                access(file, root),
                new EvalCase.Expect(
                        count(file, expect, "entries"),
                        count(file, expect, "exits"),
                        count(file, expect, "uniquePeople"),
                        flag(file, expect, "tailgating"),
                        count(file, expect, "tailgaters"),
                        count(file, expect, "forcedEntries")));
    }

    /** The optional {@code access} events: [{t, type, actorId?, success?}]. */
    private static List<EvalCase.Access> access(Path file, JsonObject root) {
        JsonValue list = root.get("access");
        if (list == null || list.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCaseException(file, "access", "must be an array of {t, type}");
        }
        List<EvalCase.Access> access = new ArrayList<>();
        for (int i = 0; i < list.asJsonArray().size(); i++) {
            String field = "access[" + i + "]";
            JsonValue v = list.asJsonArray().get(i);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCaseException(file, field, "must be an object {t, type}");
            }
            JsonObject a = v.asJsonObject();
            double t = number(file, a, "t", field + ".t");
            String type = string(file, a, "type", field + ".type");
            Optional<Boolean> success = flag(file, a, "success", field + ".success");
            JsonValue actor = a.get("actorId");
            String actorId = actor == null || actor.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : actor.getValueType() == JsonValue.ValueType.STRING ? a.getString("actorId") : actor.toString();
            access.add(new EvalCase.Access(t, type, success.orElse(null), actorId));
        }
        return List.copyOf(access);
    }

    private static Optional<Boolean> flag(Path file, JsonObject o, String key) {
        return flag(file, o, key, "expect." + key);
    }

    private static Optional<Boolean> flag(Path file, JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw new InvalidCaseException(file, field, "must be true or false");
        }
        return Optional.of(v == JsonValue.TRUE);
    }

    private static JsonValue required(Path file, JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidCaseException(file, key, "is missing");
        }
        return v;
    }

    private static String string(Path file, JsonObject o, String key) {
        return string(file, o, key, key);
    }

    private static String string(Path file, JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidCaseException(file, field, v == null ? "is missing" : "must be a string");
        }
        return o.getString(key);
    }

    private static double number(Path file, JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidCaseException(file, field, v == null ? "is missing" : "must be a number");
        }
        return ((JsonNumber) v).doubleValue();
    }

    private static double positive(Path file, JsonObject o, String key) {
        double v = number(file, o, key, key);
        if (!(v > 0)) {
            throw new InvalidCaseException(file, key, "must be positive, not " + v);
        }
        return v;
    }

    private static OptionalInt count(Path file, JsonObject expect, String key) {
        JsonValue v = expect.get(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER
                || !((JsonNumber) v).isIntegral()
                || ((JsonNumber) v).intValue() < 0) {
            throw new InvalidCaseException(file, "expect." + key, "must be a whole number of at least 0");
        }
        return OptionalInt.of(((JsonNumber) v).intValue());
    }
}
