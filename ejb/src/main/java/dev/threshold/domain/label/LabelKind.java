package dev.threshold.domain.label;

import java.util.List;
import java.util.Objects;

/**
 * A kind of label: its human name ("entry unlocked"), its token for exact search ("entry.unlocked") and the other
 * phrasings a person may type to find it ("door unlocked", "unlocked").
 */
public record LabelKind(String name, String token, List<String> queries) {

    public LabelKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(token, "token");
        if (name.isBlank() || token.isBlank() || token.contains(" ")) {
            throw new IllegalArgumentException("a label kind needs a name and a token without spaces");
        }
        queries = List.copyOf(queries);
    }

    /** The per-person token, e.g. {@code 4711_entry.unlocked}, so that one person's events can be found exactly. */
    public String tokenFor(String actorId) {
        return actorId == null || actorId.isBlank() ? null : actorId + "_" + token;
    }
}
