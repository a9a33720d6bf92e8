package dev.threshold.domain.access;

import java.time.Instant;

/** The tests' Kisi event: Ada at the front door (lock 4711, place 34, organization 12), created at {@link #AT}. */
public final class KisiEvents {

    public static final Instant AT = Instant.parse("2026-11-29T08:00:00Z");

    private KisiEvents() {}

    /** Ada's event of this type, with this Kisi id and outcome ({@code null}: Kisi sent no success flag). */
    public static KisiEvent lockEvent(String uuid, String type, Boolean success) {
        return lockEvent(uuid, type, success, AT);
    }

    /** The same, created at {@code createdAt}. */
    public static KisiEvent lockEvent(String uuid, String type, Boolean success, Instant createdAt) {
        return new KisiEvent(
                uuid,
                type,
                "Lock",
                "4711",
                "Front door",
                "User",
                "7",
                "Ada",
                null,
                "34",
                "12",
                success,
                null,
                null,
                createdAt);
    }
}
