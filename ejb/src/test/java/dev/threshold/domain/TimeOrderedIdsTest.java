package dev.threshold.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsOfALaterMillisecondSortAfterThoseOfAnEarlierOne() {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 1000; i++) {
            UUID earlier = TimeOrderedIds.at(now + i);
            UUID later = TimeOrderedIds.at(now + i + 1);
            assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
            // as databases compare them: the bytes, unsigned
            assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " before " + later);
        }
    }

    @Test
    void theyAreVersion7UuidsAndUniqueWithinAMillisecond() {
        Set<UUID> seen = new HashSet<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 100_000; i++) {
            UUID id = TimeOrderedIds.at(now);
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertTrue(seen.add(id), "unique: " + id);
        }
        assertEquals(now, TimeOrderedIds.next().getMostSignificantBits() >>> 16, 1000.0);
    }
}
