package dev.threshold.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Row ids that grow with time (UUID version 7: the Unix time in milliseconds, then random bits), for rows written
 * in bulk and looked up by id. A random UUID lands each new row on a different page of the primary key, so every
 * commit rewrote as many index pages as it wrote rows (the webhook profile: half the writer's time in serializing
 * H2 pages); ids in time order fill the last page, which a group commit's rows share. Not secrets: the random part
 * only keeps ids unique, nothing relies on guessing them being hard.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (unixMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
