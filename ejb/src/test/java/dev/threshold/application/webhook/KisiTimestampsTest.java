package dev.threshold.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kisi's created_at is read by hand for speed, and must mean exactly what OffsetDateTime.parse makes of it. */
class KisiTimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-29T06:30:00.000Z",
                "2026-11-29T06:30:00Z",
                "2026-11-29T06:30:00.1Z",
                "2026-11-29T06:30:00.123456789Z",
                "2026-11-29T23:59:59.999+01:00",
                "2024-02-29T00:00:00-05:30",
                "0000-01-01T00:00:00Z",
                "2026-11-29T06:30:00.5+18:00",
                "2026-11-29T06:30:00-00:30",
                // spellings the quick path leaves to OffsetDateTime.parse
                "2026-11-29t06:30:00z",
                "2026-11-29T06:30Z",
                "2026-11-29T06:30:00.Z",
                "2026-11-29T06:30:00+01:00:30",
                "+12026-11-29T06:30:00Z"
            })
    void readsWhatOffsetDateTimeReads(String text) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), KisiTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T06:30:00Z",
                "2026-11-29T24:00:00Z",
                "2026-11-29T06:60:00Z",
                "2026-11-29T06:30:60Z",
                "2026-13-01T06:30:00Z",
                "2026-11-29T06:30:00.1234567890Z",
                "2026-11-29T06:30:00+18:01",
                "2026-11-29T06:30:00",
                "2026-11-29 06:30:00Z",
                "2026-11-29T06:30:00.000ZZ",
                "2026-11-29T06:30:00+0100",
                "２０２６-11-29T06:30:00Z",
                "yesterday",
                ""
            })
    void refusesWhatOffsetDateTimeRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text));
        assertThrows(DateTimeParseException.class, () -> KisiTimestamps.parse(text));
    }

    /** Random instants in every offset and precision, written as Kisi and others would write them. */
    @Test
    void agreesOnManyRandomTimestamps() {
        Random random = new Random(20261129);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            int offsetMinutes = (random.nextInt(37) - 18) * 60 + (random.nextBoolean() ? 0 : 30);
            offsetMinutes = Math.max(-18 * 60, Math.min(18 * 60, offsetMinutes));
            String text = OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60))
                    .toString();
            assertEquals(OffsetDateTime.parse(text).toInstant(), KisiTimestamps.parse(text), text);
        }
    }
}
