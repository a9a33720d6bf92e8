package dev.threshold.interfaces.rest;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A request's content that fails deep inside a service (a value the database refuses) is told apart from the server's
 * own faults, however the EJB container wrapped it.
 */
class RefusedInputTest {

    /**
     * JSON nested past the parser's limit no longer reaches the mappers as an unknown failure: the one provider reports
     * it as malformed JSON, which each parse site refuses in its own words (a request's as 400, Kisi's answer as
     * Kisi's), so a failure that escapes anyway is the server's own.
     */
    @Test
    void jsonNestedPastTheParsersLimitIsMalformedJsonAtItsParseSite() {
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        JsonParsingException thrown = assertThrows(
                JsonParsingException.class,
                () -> JSON.createReader(new StringReader(deep)).read());
        assertEquals(Optional.empty(), RefusedInput.in(new EJBException(thrown)));
    }

    @Test
    void aValueTheDatabaseCannotHoldIsTheRequestsFault() {
        // PostgreSQL: invalid byte sequence for encoding "UTF8": 0x00
        SQLException nul = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertTrue(RefusedInput.in(new EJBException(new RuntimeException("could not execute", nul)))
                .isPresent());
    }

    @Test
    void theServersOwnFaultsAreNot() {
        assertEquals(Optional.empty(), RefusedInput.in(new RuntimeException("a bug")));
        assertEquals(Optional.empty(), RefusedInput.in(new IllegalStateException("a bug")));
        assertEquals(
                Optional.empty(), RefusedInput.in(new EJBException(new SQLException("connection refused", "08001"))));
    }
}
