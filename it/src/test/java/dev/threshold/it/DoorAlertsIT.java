package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Door alerts on the real server, with a real SMTP server (GreenMail): a forced-open door e-mails its security
 * address within 5 s, with one JPEG per camera of the door; a door set to "nobody" writes no e-mail; a burst of
 * denied badges alerts at its fifth denial (the default burst); tailgating goes to the door's own recipients; and
 * {@code /api/doors/{lockId}/alerts} refuses bad input as a problem, changing nothing, and lets operators read but not
 * change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorAlertsIT {

    static final String SECURITY = "door-alerts-soc@it.example.com";
    static final String BURST_DESK = "door-alerts-desk@it.example.com";
    static final String TAILGATING_DESK = "door-alerts-tailgating@it.example.com";
    static final String PASSWORD = "door-alerts-operator-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void mailServerUp() {
        TestSmtpServer.start();
    }

    @AfterAll
    static void mailServerDown() {
        TestSmtpServer.stop();
    }

    @Test
    void aForcedOpenDoorAlertsWithinFiveSecondsWithOnePicturePerCamera() throws Exception {
        String lockId = newLockId();
        doorWithDemoCameras(lockId, "Alerts front door", 2);
        assertEquals(
                200,
                putAlerts(lockId, "{\"forcedOpen\":{\"securityAddresses\":[\"" + SECURITY + "\"]}}")
                        .statusCode());

        long posted = System.nanoTime();
        HttpResponse<String> event = ThresholdServer.postEvent(KisiEvents.lockEvent(
                KisiEvents.uniqueUuid(), "lock.forced_open", lockId, "Alerts front door", "nobody"));
        assertEquals(201, event.statusCode(), event.body());
        MimeMessage alert = TestSmtpServer.awaitMessageTo(SECURITY, Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no forced-open alert within 10 s"));
        Duration took = Duration.ofNanos(System.nanoTime() - posted);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) <= 0, "the alert took " + took.toMillis() + " ms");

        assertTrue(
                alert.getSubject().startsWith("Threshold: door forced open at Alerts front door, "),
                alert.getSubject());
        List<Part> pictures = attachments(alert);
        assertEquals(2, pictures.size(), "one picture per camera of the door");
        for (Part picture : pictures) {
            assertTrue(picture.isMimeType("image/jpeg"), picture.getContentType());
            try (InputStream in = picture.getInputStream()) {
                byte[] jpeg = in.readAllBytes();
                assertTrue(
                        jpeg.length > 1000 && (jpeg[0] & 0xff) == 0xff && (jpeg[1] & 0xff) == 0xd8,
                        "a JPEG picture, " + jpeg.length + " bytes");
            }
        }
        Await.until(
                () -> TestDatabase.count("SELECT COUNT(*) FROM email_delivery WHERE lock_id = '" + lockId
                                + "' AND alert_kind = 'FORCED_OPEN' AND state = 'SENT'")
                        == 1,
                Duration.ofSeconds(10),
                "the alert recorded as sent");
    }

    @Test
    void aDoorSetToNobodyWritesNoAlert() {
        String lockId = newLockId();
        doorWithDemoCameras(lockId, "Alerts quiet door", 1);
        assertEquals(
                200,
                putAlerts(lockId, "{\"forcedOpen\":{\"securityAddresses\":[\"" + SECURITY + "\"]}}")
                        .statusCode());
        HttpResponse<String> nobody = putAlerts(lockId, "{\"forcedOpen\":{\"securityAddresses\":[]}}");
        assertEquals(200, nobody.statusCode(), nobody.body());
        assertTrue(
                nobody.body()
                        .contains("\"forcedOpen\":{\"securityAddresses\":[],\"badgeHolder\":false,"
                                + "\"nobody\":true,\"default\":false}"),
                nobody.body());

        assertEquals(
                201,
                ThresholdServer.postEvent(KisiEvents.lockEvent(
                                KisiEvents.uniqueUuid(), "lock.forced_open", lockId, "Alerts quiet door", "nobody"))
                        .statusCode());
        // The event's 201 comes after its commit, and an alert is written in the event's transaction.
        assertEquals(
                1,
                TestDatabase.count("SELECT COUNT(*) FROM access_event WHERE object_id = '" + lockId
                        + "' AND event_type = 'lock.forced_open'"),
                "the event is stored");
        assertEquals(
                0,
                TestDatabase.count("SELECT COUNT(*) FROM email_delivery WHERE lock_id = '" + lockId + "'"),
                "and no e-mail with it");
    }

    @Test
    void aBurstOfDeniedBadgesAlertsAtItsFifthDenial() throws Exception {
        String lockId = newLockId();
        doorWithDemoCameras(lockId, "Alerts side door", 1);
        assertEquals(
                200,
                putAlerts(lockId, "{\"deniedBurst\":{\"securityAddresses\":[\"" + BURST_DESK + "\"]}}")
                        .statusCode());
        for (int denied = 1; denied <= 4; denied++) {
            assertEquals(201, ThresholdServer.postEvent(denied(lockId)).statusCode());
        }
        assertEquals(
                0,
                TestDatabase.count("SELECT COUNT(*) FROM email_delivery WHERE lock_id = '" + lockId + "'"),
                "four denials are no burst");
        assertEquals(201, ThresholdServer.postEvent(denied(lockId)).statusCode());
        MimeMessage alert = TestSmtpServer.awaitMessageTo(BURST_DESK, Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no burst alert"));
        assertTrue(
                alert.getSubject().startsWith("Threshold: a burst of denied badges at Alerts side door"),
                alert.getSubject());
        assertTrue(((String) ((Multipart) alert.getContent()).getBodyPart(0).getContent())
                .contains("5 denied badges within 60 s, the last of Mallory"));
    }

    @Test
    void tailgatingIsEmailedToTheDoorsOwnRecipients() throws Exception {
        String lockId = newLockId();
        String cameraId =
                ThresholdServer.doorWithCamera(lockId, "Alerts tailgating door", "Alerts tailgating camera " + lockId);
        assertEquals(
                200,
                putAlerts(
                                lockId,
                                "{\"tailgating\":{\"securityAddresses\":[\"" + TAILGATING_DESK
                                        + "\"],\"badgeHolder\":false}}")
                        .statusCode());
        java.time.Instant unlock = KisiEvents.now();
        TestDatabase.storeEntries(cameraId, unlock.plusMillis(2500), unlock.plusMillis(3000));
        assertEquals(
                201,
                ThresholdServer.postEvent(KisiEvents.unlockAt(
                                lockId, "Alerts tailgating door", "Ada Gate", "ada.gate@it.example.com", unlock))
                        .statusCode());

        String incident = ThresholdServer.firstId(
                ThresholdServer.awaitOneIncident(lockId, "Alerts tailgating door", Duration.ofSeconds(25)));
        // The incident's e-mails are written in its transaction: visible with it.
        assertEquals(
                List.of(TAILGATING_DESK),
                TestDatabase.strings(
                        "SELECT recipient_email FROM email_delivery " + "WHERE incident_id = '" + incident + "'"),
                "the door's desk, and not the badge holder");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String lockId = newLockId();
        ThresholdServer.doorWithCamera(lockId, "Alerts REST door", "Alerts REST camera " + lockId);
        String before = asAdmin("GET", "api/doors/" + lockId + "/alerts", null).body();
        assertTrue(
                before.contains("\"heldOpen\":{\"securityAddresses\":[],\"badgeHolder\":false,\"nobody\":true,"
                        + "\"default\":true}"),
                before);
        assertTrue(
                before.contains("\"tailgating\":{\"securityAddresses\":[],\"badgeHolder\":true,\"nobody\":false,"
                        + "\"default\":true}"),
                "today's default: the badge holder and the E-mail settings' addresses: " + before);

        assertProblem(
                putAlerts(
                        lockId,
                        "{\"heldOpen\":{\"securityAddresses\":"
                                + "[\"soc@example.com\"]},\"forcedOpen\":{\"securityAddresses\":[\"not an address\"]}}"),
                400,
                "forcedOpen.securityAddresses");
        assertProblem(
                putAlerts(
                        lockId,
                        "{\"heldOpen\":{\"securityAddresses\":[\"soc@example.com\"]},"
                                + "\"forcedOpen\":{\"badgeHolder\":true}}"),
                400,
                "forcedOpen.badgeHolder");
        assertProblem(
                putAlerts(lockId, "{\"heldOpen\":{\"securityAddresses\":[\"soc@example.com\"]}," + "\"doorOpen\":{}}"),
                400,
                "doorOpen");
        assertProblem(
                putAlerts(lockId, "{\"tailgating\":{\"default\":true," + "\"badgeHolder\":false}}"),
                400,
                "tailgating.default");
        assertEquals(
                before, asAdmin("GET", "api/doors/" + lockId + "/alerts", null).body(), "nothing changed");
        assertEquals(
                404,
                asAdmin("GET", "api/doors/no-such-door-" + lockId + "/alerts", null)
                        .statusCode());

        HttpResponse<String> saved = putAlerts(
                lockId, "{\"tailgating\":{\"securityAddresses\":[\"SOC@example.com\"],\"badgeHolder\":false}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(
                saved.body()
                        .contains("\"tailgating\":{\"securityAddresses\":[\"soc@example.com\"],"
                                + "\"badgeHolder\":false,\"nobody\":false,\"default\":false}"),
                saved.body());
        HttpResponse<String> back = putAlerts(lockId, "{\"tailgating\":{\"default\":true}}");
        assertTrue(
                back.body()
                        .contains("\"tailgating\":{\"securityAddresses\":[],\"badgeHolder\":true,"
                                + "\"nobody\":false,\"default\":true}"),
                back.body());

        String operator = ThresholdServer.newOperator("door-alerts-op-", PASSWORD);
        assertEquals(200, asOperator(operator, "GET", lockId, null).statusCode(), "operators read");
        assertEquals(
                403,
                asOperator(operator, "PUT", lockId, "{\"heldOpen\":{\"securityAddresses\":[]}}")
                        .statusCode(),
                "but do not change");
        assertEquals(
                before, asAdmin("GET", "api/doors/" + lockId + "/alerts", null).body());
    }

    private static HttpResponse<String> putAlerts(String lockId, String json) {
        return asAdmin("PUT", "api/doors/" + lockId + "/alerts", json);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }

    private static HttpResponse<String> asOperator(String user, String method, String lockId, String json) {
        return ThresholdServer.send(
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/doors/" + lockId + "/alerts"))
                        .header("Authorization", ThresholdServer.basicAuth(user, PASSWORD))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String denied(String lockId) {
        return KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.unlock", lockId, "Alerts side door", "Mallory")
                .replace("\"success\":true", "\"success\":false");
    }

    /** A door watched by {@code cameras} demo cameras (footage Threshold renders, so every moment has a picture). */
    static void doorWithDemoCameras(String lockId, String doorName, int cameras) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= cameras; i++) {
            String name = doorName + " camera " + i + " " + lockId;
            HttpResponse<String> created = asAdmin(
                    "POST",
                    "api/cameras",
                    "{\"name\":\"" + name + "\",\"streamUrl\":\"demo:door\",\"analysisFps\":5,\"enabled\":false}");
            assertEquals(201, created.statusCode(), created.body());
            names.add("\"" + name + "\"");
        }
        HttpResponse<String> mapped = asAdmin(
                "PUT",
                "api/doors/" + lockId,
                "{\"name\":\"" + doorName + "\",\"cameras\":[" + String.join(",", names) + "]}");
        assertEquals(200, mapped.statusCode(), mapped.body());
    }

    static String newLockId() {
        return String.valueOf(800_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000));
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> found = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                    found.add(multipart.getBodyPart(i));
                }
            }
        }
        return found;
    }
}
