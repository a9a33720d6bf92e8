package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.searchLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import dev.threshold.domain.notification.DeliveryState;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.infrastructure.messaging.DoorReview;
import dev.threshold.infrastructure.messaging.DoorReviews;
import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Doubtful incidents on the real server: a badge holder the camera was sure of and a follower it was not (confidence
 * below threshold.counting.low-confidence, 0.5) make an incident that is flagged "needs review" (JSON, label). At a
 * door that holds such e-mails, the badge holder's e-mail waits: a confirm sends it exactly once, also when the
 * incident is judged again later; a dismiss never sends it; a sure crossing arriving late makes the incident certain
 * and sends it. At a door that does not hold them, it is sent at once, saying the count is uncertain. The e-mails are
 * received by GreenMail.
 * <p>
 * The steps run in order: the in-container one makes and reviews the incidents, the client one reads the mail server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoubtfulIncidentsIT {

    static final String CONFIRMED = "ada.confirm@doubt.it.example.com";
    static final String DISMISSED = "bob.dismiss@doubt.it.example.com";
    static final String MADE_CERTAIN = "cy.certain@doubt.it.example.com";
    static final String NOT_HELD = "di.uncertain@doubt.it.example.com";
    static final Duration VERDICT_WAIT = Duration.ofSeconds(25);
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    static final double SURE = 0.9;
    static final double UNSURE = 0.2;

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(DoubtfulIncidentsIT.class);
    }

    @BeforeAll
    static void mailServerUp() {
        TestSmtpServer.start();
    }

    @AfterAll
    static void mailServerDown() {
        TestSmtpServer.stop();
    }

    @Inject
    CameraRepository cameras;

    @Inject
    DoorCrossingRepository crossings;

    @Inject
    DoorReviews doorReviews;

    @Inject
    EmailDeliveryRepository deliveries;

    @Resource
    UserTransaction transaction;

    @Test
    @Order(1)
    void aDoubtfulIncidentNeedsReviewAndItsEmailWaitsWhereTheDoorSaysSo() throws Exception {
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/settings/email",
                                "{\"useDefault\":true,\"notifyPeople\":true,\"securityAddresses\":[]}")
                        .statusCode());
        Door confirmed = door("Doubt confirm", true);
        Door dismissed = door("Doubt dismiss", true);
        Door madeCertain = door("Doubt certain", true);
        Door notHeld = door("Doubt open", false);
        assertEquals(
                400,
                asAdmin("PUT", "api/doors/" + notHeld.lockId + "/settings", "{\"holdDoubtfulEmail\":1}")
                        .statusCode(),
                "a flag is true or false");

        Instant unlock = Instant.now();
        for (var badge : List.of(
                new Badge(confirmed, "Ada Confirm", CONFIRMED),
                new Badge(dismissed, "Bob Dismiss", DISMISSED),
                new Badge(madeCertain, "Cy Certain", MADE_CERTAIN),
                new Badge(notHeld, "Di Uncertain", NOT_HELD))) {
            count(badge.door, SURE, unlock.plusMillis(2000));
            count(badge.door, UNSURE, unlock.plusMillis(2600));
            HttpResponse<String> posted = ThresholdServer.postEvent(
                    KisiEvents.unlockAt(badge.door.lockId, badge.door.name, badge.person, badge.email, unlock));
            assertEquals(201, posted.statusCode(), posted.body());
        }

        for (Door door : List.of(confirmed, dismissed, madeCertain, notHeld)) {
            door.incident = awaitIncident(door);
            String incident =
                    asAdmin("GET", "api/incidents/" + door.incident, null).body();
            assertTrue(
                    incident.contains("\"status\":\"open\"")
                            && incident.contains("\"doubtful\":true")
                            && incident.contains("\"needsReview\":true"),
                    incident);
            assertTrue(
                    incident.contains("\"confidence\":0.2,\"doubtful\":true"),
                    "the occurrence's crossing: " + incident);
            assertTrue(
                    searchLabels("needs-review " + door.name.toLowerCase())
                            .body()
                            .contains(door.name),
                    "a doubtful incident's label is found by needs-review");
            assertTrue(needingReview(door).contains("\"total\":1"), "listed as needing review");
        }
        assertEquals(
                400, asAdmin("GET", "api/incidents?needsReview=maybe", null).statusCode());
        Await.until(
                () -> states(notHeld).equals(List.of(DeliveryState.SENT)),
                MAIL_WAIT,
                "the e-mail of a door that does not hold them sent at once");
        for (Door held : List.of(confirmed, dismissed, madeCertain)) {
            assertEquals(List.of(DeliveryState.HELD), states(held), "held for the review at " + held.name);
        }

        // A confirm releases the held e-mail: sent once.
        HttpResponse<String> confirm = asAdmin(
                "POST",
                "api/incidents/" + confirmed.incident + "/confirm",
                "{\"reason\":\"the follower is on the clip\"}");
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("\"doubtful\":true,\"needsReview\":false"), confirm.body());
        Await.until(
                () -> states(confirmed).equals(List.of(DeliveryState.SENT)),
                MAIL_WAIT,
                "the confirmed incident's e-mail sent");
        assertFalse(
                searchLabels("needs-review " + confirmed.name.toLowerCase())
                        .body()
                        .contains(confirmed.name),
                "reviewed: no longer needs review");
        assertTrue(needingReview(confirmed).contains("\"total\":0"));

        // A dismiss drops it for good.
        assertEquals(
                200,
                asAdmin(
                                "POST",
                                "api/incidents/" + dismissed.incident + "/dismiss",
                                "{\"reason\":\"a shadow, not a person\"}")
                        .statusCode());
        assertEquals(List.of(DeliveryState.CANCELLED), states(dismissed));

        // A sure follower counted late: the incident is judged again, certain now, and its e-mail leaves.
        count(madeCertain, SURE, unlock.plusMillis(3200));
        review(madeCertain, unlock.plusMillis(3200));
        Await.until(
                () -> asAdmin("GET", "api/incidents/" + madeCertain.incident, null)
                        .body()
                        .contains("\"doubtful\":false,\"needsReview\":false"),
                VERDICT_WAIT,
                "the incident certain now");
        Await.until(
                () -> states(madeCertain).equals(List.of(DeliveryState.SENT)),
                MAIL_WAIT,
                "the e-mail of the incident made certain sent");
        assertFalse(searchLabels("needs-review " + madeCertain.name.toLowerCase())
                .body()
                .contains(madeCertain.name));

        // Judged again after the confirm: nothing is sent twice.
        count(confirmed, UNSURE, unlock.plusMillis(3800));
        review(confirmed, unlock.plusMillis(3800));
        Await.until(
                () -> asAdmin("GET", "api/incidents/" + confirmed.incident, null)
                        .body()
                        .contains("\"entries\":3"),
                VERDICT_WAIT,
                "the confirmed incident judged again");
        List<EmailDelivery> once = deliveries.ofIncident(UUID.fromString(confirmed.incident));
        assertEquals(1, once.size(), "one e-mail per recipient, never written again");
        assertEquals(DeliveryState.SENT, once.get(0).state());
        assertEquals(1, once.get(0).attempts());
        assertTrue(asAdmin("GET", "api/doors/" + confirmed.lockId, null).body().contains("\"holdDoubtfulEmail\":true"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theMailServerGotEachReleasedEmailOnceAndTheUnheldOneSaysTheCountIsUncertain() throws Exception {
        MimeMessage uncertain =
                TestSmtpServer.awaitMessageTo(NOT_HELD, MAIL_WAIT).orElseThrow();
        assertTrue(
                uncertain.getSubject().startsWith("Uncertain count: Threshold: tailgating at Doubt open"),
                uncertain.getSubject());
        assertTrue(((String) uncertain.getContent()).contains("The count is uncertain."));

        for (String address : List.of(CONFIRMED, MADE_CERTAIN)) {
            MimeMessage sent = TestSmtpServer.awaitMessageTo(address, MAIL_WAIT).orElseThrow();
            assertTrue(sent.getSubject().startsWith("Threshold: tailgating at Doubt"), sent.getSubject());
            assertFalse(
                    ((String) sent.getContent()).contains("The count is uncertain."),
                    "sent once decided: not as uncertain");
            assertEquals(1, TestSmtpServer.messagesTo(address).size(), "exactly once to " + address);
        }
        assertEquals(0, TestSmtpServer.messagesTo(DISMISSED).size(), "a dismissed incident's held e-mail never left");
    }

    // --- helpers ---

    private static final class Door {
        final String lockId;
        final String name;
        final UUID cameraId;
        String incident;

        Door(String lockId, String name, UUID cameraId) {
            this.lockId = lockId;
            this.name = name;
            this.cameraId = cameraId;
        }
    }

    private record Badge(Door door, String person, String email) {}

    /** A fresh door with a camera of its own, holding doubtful incidents' e-mails or not (set as an admin does). */
    private static Door door(String prefix, boolean hold) {
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = prefix + " " + lockId;
        UUID camera = UUID.fromString(ThresholdServer.doorWithCamera(lockId, name, "Cam " + name));
        HttpResponse<String> set =
                asAdmin("PUT", "api/doors/" + lockId + "/settings", "{\"holdDoubtfulEmail\":" + hold + "}");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"holdDoubtfulEmail\":" + hold), set.body());
        return new Door(lockId, name, camera);
    }

    /** A person walking in as the door's camera counted them, with the camera's confidence. */
    private void count(Door door, double confidence, Instant at) throws Exception {
        transaction.begin();
        Camera camera = cameras.find(door.cameraId).orElseThrow();
        crossings.store(new DoorCrossing(
                camera,
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                at,
                DoorCrossing.Direction.in,
                confidence,
                null));
        transaction.commit();
    }

    /** What the analysis asks for when it counts a person after the window was judged. */
    private void review(Door door, Instant at) throws Exception {
        transaction.begin();
        doorReviews.schedule(new DoorReview(door.lockId, at, DoorReview.CROSSING));
        transaction.commit();
    }

    private static String needingReview(Door door) {
        return asAdmin("GET", "api/incidents?door=" + door.lockId + "&needsReview=true", null)
                .body();
    }

    private List<DeliveryState> states(Door door) {
        return deliveries.ofIncident(UUID.fromString(door.incident)).stream()
                .map(EmailDelivery::state)
                .toList();
    }

    private static String awaitIncident(Door door) {
        return ThresholdServer.firstId(ThresholdServer.awaitOneIncident(door.lockId, door.name, VERDICT_WAIT));
    }
}
