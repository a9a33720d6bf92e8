package dev.threshold.domain.access;

import static dev.threshold.domain.access.KisiEvents.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KisiEventTest {

    @Test
    void requiresUuidTypeAndCreationTimeNamingTheMissingField() {
        assertEquals(
                "uuid",
                assertThrows(InvalidKisiEventException.class, () -> KisiEvents.lockEvent(null, "lock.unlock", true))
                        .field());
        assertEquals(
                "uuid",
                assertThrows(InvalidKisiEventException.class, () -> KisiEvents.lockEvent("  ", "lock.unlock", true))
                        .field());
        assertEquals(
                "type",
                assertThrows(InvalidKisiEventException.class, () -> KisiEvents.lockEvent("u-1", "", true))
                        .field());
        InvalidKisiEventException noTime = assertThrows(
                InvalidKisiEventException.class,
                () -> new KisiEvent(
                        "u-1",
                        "lock.unlock",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertEquals("created_at", noTime.field());
    }

    @Test
    void refusesFieldsLongerThanTheSchemaKeeps() {
        String longName = "x".repeat(KisiEvent.MAX_TEXT_LENGTH + 1);
        InvalidKisiEventException e = assertThrows(
                InvalidKisiEventException.class,
                () -> new KisiEvent(
                        "u-1",
                        "lock.unlock",
                        null,
                        null,
                        longName,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        AT));
        assertEquals("object_name", e.field());
        assertTrue(e.getMessage().contains("255"));
    }

    @Test
    void onlyAnExplicitFalseIsAFailure() {
        assertTrue(KisiEvents.lockEvent("u", "lock.unlock", false).failed());
        assertFalse(KisiEvents.lockEvent("u", "lock.unlock", true).failed());
        assertFalse(KisiEvents.lockEvent("u", "lock.unlock", null).failed());
    }

    @Test
    void lockEventsAreRecognisedByTheirPrefix() {
        assertTrue(KisiEvents.lockEvent("u", "lock.held_open", true).isLockEvent());
        assertFalse(KisiEvents.lockEvent("u", "reader.access", true).isLockEvent());
    }

    @Test
    void anAccessEventKeepsWhatKisiSaidAndWhenItArrived() {
        Instant received = AT.plusSeconds(2);
        AccessEvent stored = AccessEvent.receivedFrom(KisiEvents.lockEvent("u-9", "lock.unlock", true), received, true);
        assertEquals("u-9", stored.kisiUuid());
        assertEquals("Front door", stored.doorName());
        assertEquals(AT, stored.createdAt());
        assertEquals(received, stored.receivedAt());
    }

    @Test
    void aDoorWithoutANameIsShownByItsLockId() {
        KisiEvent unnamed = new KisiEvent(
                "u", "lock.unlock", "Lock", "4711", null, null, null, null, null, null, null, true, null, null, AT);
        assertEquals("4711", AccessEvent.receivedFrom(unnamed, AT, false).doorName());
    }
}
