package dev.threshold.infrastructure.kisi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The HTTP {@code Retry-After} header: a number of seconds, or an HTTP-date to wait until. */
final class RetryAfter {

    static final String HEADER = "Retry-After";

    private RetryAfter() {}

    /**
     * How long the server asks to wait, counted from {@code now}; empty when the value is absent or unreadable, so
     * that the caller falls back to its own back-off. A date in the past means "now".
     */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                // More digits than a long holds: no sensible wait, so none at all.
                return Optional.empty();
            }
        }
        try {
            Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
