package dev.threshold.infrastructure.kisi;

import java.util.List;
import java.util.Objects;

/**
 * An integration configured in Kisi (an event webhook, a Slack hook, ...). Kisi does not list the signature key
 * back, so it is not here either.
 *
 * @param url where an event webhook posts to; empty for other types
 */
public record KisiIntegration(
        String id, String name, String type, String url, boolean enabled, List<String> enabledEvents) {

    public KisiIntegration {
        Objects.requireNonNull(id, "integration id");
        name = name == null ? "" : name;
        type = type == null ? "" : type;
        url = url == null ? "" : url;
        enabledEvents = enabledEvents == null ? List.of() : List.copyOf(enabledEvents);
    }
}
