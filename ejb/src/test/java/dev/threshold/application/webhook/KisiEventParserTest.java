package dev.threshold.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.InvalidKisiEventException;
import dev.threshold.domain.access.KisiEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KisiEventParserTest {

    /** An event as Kisi's webhook posts it (fields from Kisi's API reference). */
    static final String UNLOCK = """
            {"uuid":"8d6f1bb2-2a6a-4a4e-9a1e-1f3a7c2b9e10","type":"lock.unlock","action":"unlock",
             "message":"Ada unlocked Front door","success":true,"code":"unlock","sequence":4,
             "actor_type":"User","actor_id":7,"actor_name":"Ada","actor_email":"ada@example.com",
             "authenticated_by_type":"Phone","authenticated_by_id":99,
             "object_type":"Lock","object_id":4711,"object_name":"Front door",
             "organization_id":12,"place_id":34,"error_code":null,"error_message":null,
             "created_at":"2026-11-29T08:00:00.000Z"}
            """;

    private static KisiEvent parse(String json) {
        return KisiEventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String fieldOf(String json) {
        return assertThrows(InvalidKisiEventException.class, () -> parse(json)).field();
    }

    @Test
    void readsEveryFieldThresholdKeeps() {
        KisiEvent e = parse(UNLOCK);
        assertEquals("8d6f1bb2-2a6a-4a4e-9a1e-1f3a7c2b9e10", e.uuid());
        assertEquals("lock.unlock", e.type());
        assertEquals("Lock", e.objectType());
        assertEquals("4711", e.objectId());
        assertEquals("Front door", e.objectName());
        assertEquals("User", e.actorType());
        assertEquals("7", e.actorId());
        assertEquals("Ada", e.actorName());
        assertEquals("34", e.placeId());
        assertEquals("12", e.organizationId());
        assertEquals(Boolean.TRUE, e.success());
        assertNull(e.errorCode());
        assertEquals(Instant.parse("2026-11-29T08:00:00Z"), e.createdAt());
    }

    @Test
    void acceptsIdsAsStringsAndTimesWithOffsets() {
        KisiEvent e = parse(UNLOCK.replace("\"object_id\":4711", "\"object_id\":\"4711\"")
                .replace("2026-11-29T08:00:00.000Z", "2026-11-29T09:00:00+01:00"));
        assertEquals("4711", e.objectId());
        assertEquals(Instant.parse("2026-11-29T08:00:00Z"), e.createdAt());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        assertEquals(
                "lock.unlock",
                parse(UNLOCK.replace("\"sequence\":4", "\"new_thing\":{\"a\":[1,2]}"))
                        .type());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"uuid\":\"8d6f1bb2-2a6a-4a4e-9a1e-1f3a7c2b9e10\"  | \"uuid\":17                    | uuid",
                "\"uuid\":\"8d6f1bb2-2a6a-4a4e-9a1e-1f3a7c2b9e10\"  | \"uuid\":null                  | uuid",
                "\"type\":\"lock.unlock\"                            | \"type\":[\"lock.unlock\"]     | type",
                "\"success\":true                                   | \"success\":\"true\"           | success",
                "\"object_id\":4711                                 | \"object_id\":47.11            | object_id",
                "\"actor_id\":7                                     | \"actor_id\":{\"id\":7}        | actor_id",
                "\"created_at\":\"2026-11-29T08:00:00.000Z\"        | \"created_at\":\"29/11/2026\"  | created_at",
                "\"created_at\":\"2026-11-29T08:00:00.000Z\"        | \"created_at\":1764403200      | created_at",
                "\"object_name\":\"Front door\"                     | \"object_name\":true           | object_name",
            })
    void wrongTypesAreRefusedNamingTheField(String original, String replacement, String field) {
        String json = UNLOCK.replace(original.trim(), replacement.trim());
        assertTrue(!json.equals(UNLOCK), "the test replaced something");
        assertEquals(field, fieldOf(json));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertEquals("uuid", fieldOf(UNLOCK.replace("\"uuid\":\"8d6f1bb2-2a6a-4a4e-9a1e-1f3a7c2b9e10\",", "")));
        assertEquals("type", fieldOf(UNLOCK.replace("\"type\":\"lock.unlock\",", "")));
        assertEquals(
                "created_at",
                fieldOf(UNLOCK.replace(",\n \"created_at\":\"2026-11-29T08:00:00.000Z\"", "")
                        .replace(",\"created_at\":\"2026-11-29T08:00:00.000Z\"", "")
                        .replace("\"created_at\":\"2026-11-29T08:00:00.000Z\"", "\"x\":0")));
    }

    @Test
    void bodiesThatAreNotOneJsonObjectAreRefusedInWords() {
        for (String body :
                new String[] {"", "   ", "{", "[]", "\"text\"", "42", "{\"uuid\":\"a\"} trailing", "{\"uuid\":\"a\",}"
                }) {
            InvalidKisiEventException e = assertThrows(InvalidKisiEventException.class, () -> parse(body), body);
            assertNull(e.field(), body);
            assertTrue(!e.getMessage().isBlank());
        }
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserSeesIt() {
        String deep = "{\"uuid\":\"u\",\"type\":\"lock.unlock\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        InvalidKisiEventException e = assertThrows(InvalidKisiEventException.class, () -> parse(deep));
        assertTrue(e.getMessage().contains("deeper than 32"), e.getMessage());
        String brackets = UNLOCK.replace("\"Front door\"", "\"" + "[{".repeat(100) + "\"");
        assertEquals("[{".repeat(100), parse(brackets).objectName(), "brackets inside strings are text");
    }

    @Test
    void anArrayNestedPastTheParsersLimitIsNoEvent() {
        InvalidKisiEventException e =
                assertThrows(InvalidKisiEventException.class, () -> parse("[".repeat(2_000) + "]".repeat(2_000)));
        assertNull(e.field());
        assertEquals("Expected one Kisi event as a JSON object, got array", e.getMessage());
    }

    /**
     * Parsson stops a number over 1,100 characters with its own exception when it converts it (to tell a whole number
     * from a fraction); JsonApi makes that malformed JSON, a 400 instead of a 500.
     */
    @Test
    void aNumberLongerThanTheParserReadsIsInvalidJson() {
        InvalidKisiEventException e = assertThrows(
                InvalidKisiEventException.class,
                () -> parse(UNLOCK.replace("\"sequence\":4", "\"sequence\":" + "4".repeat(1_200) + ".5")));
        assertNull(e.field());
        assertTrue(e.getMessage().startsWith("The body is not valid JSON: "), e.getMessage());
    }

    @Test
    void theNulCharacterIsRefusedNamingTheField() {
        // PostgreSQL cannot store it: refused as bad input on every database, never a 500 at the commit.
        String withNul = UNLOCK.replace("\"Ada\"", "\"Ada\\u0000\"");
        assertTrue(withNul.contains("\\u0000"));
        InvalidKisiEventException e = assertThrows(InvalidKisiEventException.class, () -> parse(withNul));
        assertEquals("actor_name", e.field());
        assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefused() {
        InvalidKisiEventException e = assertThrows(
                InvalidKisiEventException.class,
                () -> KisiEventParser.parse(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}));
        assertTrue(e.getMessage().contains("UTF-8"));
    }
}
