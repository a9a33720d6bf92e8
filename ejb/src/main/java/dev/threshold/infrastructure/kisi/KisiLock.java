package dev.threshold.infrastructure.kisi;

import java.io.Serializable;
import java.util.Objects;

/**
 * A lock (a door) as Kisi lists it. Ids are text, as in {@link dev.threshold.domain.access.KisiEvent}.
 *
 * @param placeId the place the lock belongs to; {@code null} when Kisi leaves it out
 */
public record KisiLock(String id, String name, String placeId) implements Serializable {

    public KisiLock {
        Objects.requireNonNull(id, "lock id");
        name = name == null ? "" : name;
    }
}
