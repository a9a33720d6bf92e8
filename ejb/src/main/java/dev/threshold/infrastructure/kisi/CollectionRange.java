package dev.threshold.infrastructure.kisi;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kisi's {@code X-Collection-Range} response header, which tells which part of a list a page holds:
 * {@code 0-9/25} is items 0 to 9 of 25, {@code *}{@code /0} is none of none. Shaped like HTTP's Content-Range, so an
 * unknown total ({@code 0-9/*}) is accepted too.
 *
 * @param first index of the page's first item, or {@link #NONE} for a page without items
 * @param last index of the page's last item, or {@link #NONE}
 * @param total items in the whole list, or {@link #UNKNOWN}
 */
record CollectionRange(long first, long last, long total) {

    static final String HEADER = "X-Collection-Range";
    static final long NONE = -1;
    static final long UNKNOWN = -1;

    private static final Pattern FORMAT = Pattern.compile("\\s*(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)\\s*");

    /** Reads the header's value; anything not in the documented form is refused, so that no page is silently lost. */
    static CollectionRange parse(String value) {
        Matcher m = FORMAT.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new IllegalArgumentException(HEADER + " is not of the form first-last/total: " + value);
        }
        try {
            long total = "*".equals(m.group(3)) ? UNKNOWN : Long.parseLong(m.group(3));
            if (m.group(1) == null) {
                return new CollectionRange(NONE, NONE, total);
            }
            long first = Long.parseLong(m.group(1));
            long last = Long.parseLong(m.group(2));
            if (last < first || (total != UNKNOWN && last >= total)) {
                throw new IllegalArgumentException(HEADER + " describes an impossible range: " + value);
            }
            return new CollectionRange(first, last, total);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(HEADER + " holds a number out of range: " + value, e);
        }
    }

    boolean hasItems() {
        return first != NONE;
    }

    /** Where the next page starts, or empty when this page was the last one. */
    OptionalLong nextOffset() {
        if (!hasItems()) {
            return OptionalLong.empty();
        }
        long next = last + 1;
        return total == UNKNOWN || next < total ? OptionalLong.of(next) : OptionalLong.empty();
    }
}
