package dev.threshold.application.audit;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.audit.AuditRecord;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit record's rules: no secret's value gets in, the changed fields are named, a record is well-formed. */
class AuditValuesTest {

    @Test
    void aSecretsValueIsRemovedAtAnyDepthButItsStateIsKept() {
        JsonObject state = JSON.createObjectBuilder()
                .add("organizationId", "12")
                .add("signatureKey", "s3cr3t-key-value")
                .add("apiToken", AuditValues.CHANGED)
                .add("password", "correct horse battery")
                .add("credentials", AuditValues.SET)
                .add("camera", JSON.createObjectBuilder().add("name", "Lobby").add("passwordHash", "$2a$12$abc"))
                .addNull("sig")
                .build();

        JsonObject clean = AuditValues.withoutSecrets(state);

        assertEquals("12", clean.getString("organizationId"));
        assertEquals("(removed)", clean.getString("signatureKey"));
        assertEquals("changed", clean.getString("apiToken"), "a secret's state is what the trail says of it");
        assertEquals("(removed)", clean.getString("password"));
        assertEquals("set", clean.getString("credentials"));
        assertEquals("Lobby", clean.getJsonObject("camera").getString("name"));
        assertEquals("(removed)", clean.getJsonObject("camera").getString("passwordHash"));
        assertTrue(clean.isNull("sig"));
        assertFalse(
                clean.toString().contains("s3cr3t")
                        || clean.toString().contains("horse")
                        || clean.toString().contains("$2a$"),
                clean.toString());
        assertNull(AuditValues.withoutSecrets(null));
    }

    @Test
    void aNumberOrObjectInASecretFieldIsRemovedToo() {
        JsonObject clean = AuditValues.withoutSecrets(JSON.createObjectBuilder()
                .add("token", 12345)
                .add("apiKey", JSON.createObjectBuilder().add("value", "x"))
                .build());
        assertEquals("{\"token\":\"(removed)\",\"apiKey\":\"(removed)\"}", clean.toString());
    }

    @Test
    void theChangedFieldsAreThoseWhoseValueDiffers() {
        JsonObject before = JSON.createObjectBuilder()
                .add("role", "operator")
                .add("username", "alice")
                .add("signatureKey", "set")
                .build();
        JsonObject after = JSON.createObjectBuilder()
                .add("role", "admin")
                .add("username", "alice")
                .add("signatureKey", "changed")
                .add("apiToken", "set")
                .build();

        assertEquals(List.of("apiToken", "role", "signatureKey"), AuditValues.changedFields(before, after));
        assertEquals(
                List.of("role", "username"),
                AuditValues.changedFields(
                        null,
                        JSON.createObjectBuilder()
                                .add("username", "bob")
                                .add("role", "operator")
                                .build()),
                "a creation changes every field");
        assertEquals(
                List.of("role"),
                AuditValues.changedFields(
                        JSON.createObjectBuilder().add("role", "admin").build(), null),
                "a removal too");
        assertEquals(List.of(), AuditValues.changedFields(before, before));
    }

    @Test
    void aSecretChangeIsSaidAsChangedClearedOrItsState() {
        assertEquals("changed", AuditValues.secretState(SecretChange.replaceWith("signatureKey", "k"), true));
        assertEquals("cleared", AuditValues.secretState(SecretChange.CLEAR, false));
        assertEquals("set", AuditValues.secretState(SecretChange.KEEP, true));
        assertEquals("not set", AuditValues.secretState(SecretChange.KEEP, false));
    }

    @Test
    void aRecordNeedsAKindLikeAccountRoleChangedAndKeepsItsTextOnOneBoundedLine() {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditRecord(now, "alice", null, "Account changed", null, null, null));
        assertThrows(
                IllegalArgumentException.class, () -> new AuditRecord(now, "alice", null, "account", null, null, null));
        AuditRecord record = new AuditRecord(
                now, "eve\nadmin logged in", "127.0.0.1", "signin.failed", "user/" + "x".repeat(400), null, "{}");
        assertEquals("eve admin logged in", record.actor(), "no forged second line in a log or a table");
        assertEquals(AuditRecord.MAX_TARGET, record.target().length());
        assertEquals("system", new AuditRecord(now, null, null, "door.mapped", null, null, null).actor());
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditRecord(now, "a", null, "door.mapped", null, "x".repeat(AuditRecord.MAX_JSON + 1), null));
    }
}
