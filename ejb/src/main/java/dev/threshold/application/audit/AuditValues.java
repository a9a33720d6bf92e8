package dev.threshold.application.audit;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules for what an audit record may hold: a secret's state ("set", "not set", "changed", "cleared"), never its
 * value; and which fields a change touched. Every before/after state passes {@link #withoutSecrets} on its way into
 * a record, so a caller that forgets to describe a secret as its state still stores no secret.
 */
public final class AuditValues {

    /** Field names that hold secrets: their value is replaced unless it is one of the {@link #SECRET_STATES}. */
    static final Pattern SECRET_FIELD =
            Pattern.compile(".*(password|passwd|secret|token|key|credential|hash|sig|authorization|cookie).*");
    /** What may be said of a secret. */
    public static final String SET = "set";

    public static final String NOT_SET = "not set";
    public static final String CHANGED = "changed";
    public static final String CLEARED = "cleared";
    static final Set<String> SECRET_STATES = Set.of(SET, NOT_SET, CHANGED, CLEARED);
    static final String REMOVED = "(removed)";

    private AuditValues() {}

    /** {@code json} with the value of every secret field (at any depth) replaced by "(removed)", or null. */
    public static JsonObject withoutSecrets(JsonObject json) {
        if (json == null) {
            return null;
        }
        JsonObjectBuilder clean = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : json.entrySet()) {
            JsonValue value = field.getValue();
            if (isSecretField(field.getKey())) {
                boolean state = value.getValueType() == JsonValue.ValueType.STRING
                        && SECRET_STATES.contains(json.getString(field.getKey()));
                boolean absent = value.getValueType() == JsonValue.ValueType.NULL;
                clean.add(field.getKey(), state || absent ? value : JSON.createValue(REMOVED));
            } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                clean.add(field.getKey(), withoutSecrets(value.asJsonObject()));
            } else {
                clean.add(field.getKey(), value);
            }
        }
        return clean.build();
    }

    static boolean isSecretField(String name) {
        return SECRET_FIELD.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** The top-level fields whose value differs between before and after (either may be null), sorted. */
    public static List<String> changedFields(JsonObject before, JsonObject after) {
        Set<String> names = new TreeSet<>();
        if (before != null) {
            names.addAll(before.keySet());
        }
        if (after != null) {
            names.addAll(after.keySet());
        }
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonValue was = before == null ? null : before.get(name);
            JsonValue is = after == null ? null : after.get(name);
            if (was == null ? is != null : !was.equals(is)) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** What a secret change says of the secret: "changed", "cleared", or its state when kept. */
    public static String secretState(SecretChange change, boolean setNow) {
        if (change instanceof SecretChange.Replace) {
            return CHANGED;
        }
        if (change instanceof SecretChange.Clear) {
            return CLEARED;
        }
        return setNow ? SET : NOT_SET;
    }

    /** "set" or "not set". */
    public static String secretState(boolean set) {
        return set ? SET : NOT_SET;
    }
}
