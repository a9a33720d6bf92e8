package dev.threshold.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A request body that the JSON parser cannot read is refused as the request's fault: 400 in words, never a 500. */
class JsonBodyTest {

    private static Problem refusal(String body) {
        return assertThrows(ProblemException.class, () -> JsonBody.parse(body)).problem();
    }

    @Test
    void aBodyNestedPastTheParsersLimitIsRefusedBeforeTheParserSeesIt() {
        Problem problem = refusal("[".repeat(2_000) + "]".repeat(2_000));
        assertEquals(400, problem.status());
        assertEquals("The body nests deeper than " + JsonNesting.MAX_DEPTH + " levels", problem.detail());
    }

    /** Parsson's other limit, which it reports with an UnsupportedOperationException (dev.threshold.json.JsonApi). */
    @Test
    void aNumberLongerThanTheParserReadsIsInvalidJson() {
        Problem problem = refusal("{\"name\":" + "9".repeat(1_200) + "}");
        assertEquals(400, problem.status());
        assertEquals("The body is not valid JSON", problem.detail());
    }

    @Test
    void malformedJsonIsInvalidJson() {
        assertEquals("The body is not valid JSON", refusal("{\"name\":").detail());
    }
}
