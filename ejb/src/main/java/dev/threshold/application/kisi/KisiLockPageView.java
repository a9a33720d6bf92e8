package dev.threshold.application.kisi;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a place's locks as Kisi answered a search: what the Doors page and {@code GET /api/kisi/locks} show
 * for places with thousands of locks, instead of the whole list.
 *
 * @param locks the page's locks, in Kisi's order
 * @param offset where the page starts in the whole (searched) list
 * @param total locks matching the search in the whole list, or {@link #UNKNOWN} when Kisi did not say
 */
public record KisiLockPageView(List<KisiLockView> locks, long offset, long total) implements Serializable {

    public static final long UNKNOWN = -1;

    public KisiLockPageView {
        locks = List.copyOf(locks);
    }
}
