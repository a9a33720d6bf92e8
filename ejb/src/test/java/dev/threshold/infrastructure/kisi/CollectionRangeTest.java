package dev.threshold.infrastructure.kisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CollectionRangeTest {

    @Test
    void aMiddlePagePointsAtTheNext() {
        assertEquals(OptionalLong.of(10), CollectionRange.parse("0-9/25").nextOffset());
    }

    @Test
    void theLastPageAndAnEmptyListHaveNoNext() {
        assertEquals(OptionalLong.empty(), CollectionRange.parse("20-24/25").nextOffset());
        CollectionRange empty = CollectionRange.parse("*/0");
        assertFalse(empty.hasItems());
        assertEquals(0, empty.total());
        assertEquals(OptionalLong.empty(), empty.nextOffset());
    }

    @Test
    void anUnknownTotalKeepsGoing() {
        assertEquals(OptionalLong.of(100), CollectionRange.parse("0-99/*").nextOffset());
    }

    @Test
    void malformedOrImpossibleRangesAreRefused() {
        for (String value : new String[] {"", "0-9", "9-0/25", "0-25/25", "a-b/c", "0-9/99999999999999999999"}) {
            assertThrows(IllegalArgumentException.class, () -> CollectionRange.parse(value), value);
        }
    }
}
