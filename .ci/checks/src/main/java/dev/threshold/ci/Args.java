package dev.threshold.ci;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments, each required unless it has a default. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                Failure.fail("arguments are --name=value, not " + arg);
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
    }

    String get(String name) {
        String value = values.get(name);
        return value != null ? value : Failure.fail("missing argument --" + name + "=…");
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }
}
