package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.notification.IncidentLinks;
import dev.threshold.application.notification.IncidentNotice;
import dev.threshold.application.notification.NotificationService;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.notification.DeliveryState;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * E-mails about an incident on the real server, received by a real SMTP server (GreenMail, in the test JVM, on the
 * port the server's mail session points at): written in the incident's transaction, sent after its commit with every
 * variable rendered; with the mail server gone, the incident is committed all the same and its e-mail waits,
 * retrying, until the server is back.
 * <p>
 * The steps run in order: in-container ones create incidents, client ones watch the mail server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    static final String PERSON = "ada@it.example.com";
    static final String SECURITY = "soc@it.example.com";
    static final String RETRIED = "grace.retry@it.example.com";
    /** A person whose event carried no address: Kisi's GET /users/4242 gives it. */
    static final String KISI_USER = "4242";

    static final String KISI_ADDRESS = "linus@it.example.com";
    static final String DOOR = "Lab <2> & \"Annex\"";
    static final Instant WINDOW = Instant.parse("2026-11-29T08:00:05Z");
    private static final Pattern SIGNED_LINK = Pattern.compile(
            "https://threshold\\.it\\.example\\.com/shared/incidents/([0-9a-f-]{36})\\?expires&#61;(\\d+)&amp;sig&#61;([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(NotificationIT.class);
    }

    @BeforeAll
    static void mailServerAndKisiUp() {
        TestSmtpServer.start();
        KisiUsersStandIn.start(KISI_USER, "Linus Torvalds", KISI_ADDRESS);
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"apiToken\":\"it-notify-token\"}")
                        .statusCode());
    }

    @AfterAll
    static void mailServerAndKisiDown() {
        TestSmtpServer.stop();
        KisiUsersStandIn.stop();
        ThresholdServer.asAdmin(
                "PUT", "api/settings/kisi", "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearApiToken\":true}");
    }

    @Inject
    NotificationService notifications;

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    DoorRepository doors;

    @Inject
    IncidentLinks links;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Test
    @Order(1)
    void anIncidentsEmailsAreWrittenWithItAndSentAfterItsCommit() throws Exception {
        saveEmailSettings("[\"" + SECURITY + "\"]");
        UUID incident = UUID.randomUUID();
        String lockId = newLockId();

        transaction.begin();
        doors.store(new Door(lockId, DOOR, Instant.now())); // stands for the incident the caller creates
        notifications.notifyAbout(new IncidentNotice(
                incident,
                IncidentNotice.TAILGATING,
                DOOR,
                WINDOW,
                WINDOW.plusSeconds(10),
                1,
                List.of(new IncidentNotice.Person("7", "Ada Lovelace", PERSON))));
        assertEquals(2, deliveries.ofIncident(incident).size(), "written in the caller's transaction");
        transaction.commit();

        assertTrue(doors.find(lockId).isPresent());
        Await.until(
                () -> deliveries.ofIncident(incident).stream().allMatch(d -> d.state() == DeliveryState.SENT),
                Duration.ofSeconds(30),
                "both e-mails sent");
        for (EmailDelivery sent : deliveries.ofIncident(incident)) {
            assertEquals(1, sent.attempts());
            Matcher link = SIGNED_LINK.matcher(sent.body());
            assertTrue(link.find(), sent.body());
            assertEquals(incident.toString(), link.group(1));
            long expires = Long.parseLong(link.group(2));
            assertTrue(links.verify(incident, expires, link.group(3)), "the e-mail's link opens the incident");
            assertFalse(links.verify(UUID.randomUUID(), expires, link.group(3)), "and no other");
            assertTrue(
                    Duration.between(Instant.now(), Instant.ofEpochSecond(expires))
                                    .toDays()
                            >= 6,
                    "valid for 7 days");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theyArriveWithEveryVariableRendered() throws Exception {
        MimeMessage toPerson =
                TestSmtpServer.awaitMessageTo(PERSON, Duration.ofSeconds(10)).orElseThrow();
        assertEquals("Threshold: tailgating at Lab <2> & \"Annex\", 29 Nov 2026, 08:00:05 UTC", toPerson.getSubject());
        assertEquals("threshold@it.example.com", toPerson.getFrom()[0].toString());
        String body = (String) toPerson.getContent();
        assertTrue(body.contains("Hello Ada Lovelace,"), body);
        assertTrue(
                body.contains("<strong>Lab &lt;2&gt; &amp; &quot;Annex&quot;</strong> on 29 Nov 2026, 08:00:05 UTC"),
                body);
        assertTrue(body.contains("<strong>1</strong> more person"), body);
        assertTrue(body.contains("after the badge of Ada Lovelace"), body);
        Matcher link = SIGNED_LINK.matcher(body);
        assertTrue(link.find(), "{{event_link}}: " + body);
        assertTrue(
                body.contains(
                        "href=\"https://threshold.it.example.com/ui/incident.xhtml?id&#61;" + link.group(1) + "\""),
                "{{event}}: " + body);

        MimeMessage toSecurity =
                TestSmtpServer.awaitMessageTo(SECURITY, Duration.ofSeconds(10)).orElseThrow();
        String securityBody = (String) toSecurity.getContent();
        assertTrue(securityBody.contains("Hello security team,"), securityBody);
        assertTrue(securityBody.contains(link.group(1)), "the same incident: " + securityBody);
        assertEquals(1, TestSmtpServer.messagesTo(PERSON).size(), "sent once");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theMailServerGoesAway() {
        TestSmtpServer.stop();
        assertFalse(TestSmtpServer.listening(), "nothing listens on the mail session's port now");
    }

    @Test
    @Order(4)
    void withoutAMailServerTheIncidentIsKeptAndItsEmailRetries() throws Exception {
        saveEmailSettings("[]");
        UUID incident = UUID.randomUUID();
        String lockId = newLockId();

        transaction.begin();
        doors.store(new Door(lockId, "Retry door", Instant.now()));
        notifications.notifyAbout(new IncidentNotice(
                incident,
                IncidentNotice.FORCED_ENTRY,
                "Retry door",
                WINDOW,
                WINDOW.plusSeconds(10),
                2,
                List.of(new IncidentNotice.Person("8", "Grace Hopper", RETRIED))));
        transaction.commit();

        assertTrue(doors.find(lockId).isPresent(), "the caller's data is committed");
        Await.until(
                () -> deliveries.ofIncident(incident).stream()
                        .anyMatch(d -> d.state() == DeliveryState.RETRYING && d.attempts() >= 1),
                Duration.ofSeconds(30),
                "the e-mail failed and waits for its next attempt");
        EmailDelivery waiting = deliveries.ofIncident(incident).get(0);
        assertTrue(waiting.lastError().startsWith("Could not connect to the mail server"), waiting.lastError());
        assertTrue(waiting.nextAttemptAt() != null && waiting.sentAt() == null);
    }

    @Test
    @Order(5)
    @RunAsClient
    void whenTheMailServerIsBackARetryDeliversIt() throws Exception {
        TestSmtpServer.start();
        MimeMessage late = TestSmtpServer.awaitMessageTo(RETRIED, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the retried e-mail did not arrive within 60 s"));
        assertEquals("Threshold: forced entry at Retry door, 29 Nov 2026, 08:00:05 UTC", late.getSubject());
        Await.until(
                () -> TestDatabase.count("SELECT COUNT(*) FROM email_delivery WHERE recipient_email = '" + RETRIED
                                + "' AND state = 'SENT' AND attempts >= 2")
                        >= 1,
                Duration.ofSeconds(10),
                "the delivery recorded as sent after more than one attempt");
    }

    @Test
    @Order(6)
    void anAddressTheEventDidNotCarryIsAskedOfKisi() throws Exception {
        UUID incident = UUID.randomUUID();
        transaction.begin();
        notifications.notifyAbout(new IncidentNotice(
                incident,
                IncidentNotice.TAILGATING,
                "Side door",
                WINDOW,
                WINDOW.plusSeconds(10),
                1,
                List.of(new IncidentNotice.Person(KISI_USER, "Linus", null))));
        transaction.commit();

        Await.until(
                () -> deliveries.ofIncident(incident).stream().anyMatch(d -> d.state() == DeliveryState.SENT),
                Duration.ofSeconds(30),
                "the e-mail sent to the address Kisi gave");
        assertEquals(KISI_ADDRESS, deliveries.ofIncident(incident).get(0).recipientEmail());
    }

    @Test
    @Order(7)
    @RunAsClient
    void itReachesThePersonKisiNamed() throws Exception {
        MimeMessage toLinus = TestSmtpServer.awaitMessageTo(KISI_ADDRESS, Duration.ofSeconds(10))
                .orElseThrow();
        assertTrue(((String) toLinus.getContent()).contains("Hello Linus,"));
        assertEquals(1, KisiUsersStandIn.requestsFor(KISI_USER), "one look-up at Kisi");
    }

    /**
     * With threshold.kisi.allow-unsigned on, anyone may post an unlock naming any actor_email: the incident e-mail
     * (whose link opens the video without signing in) must not go there. The address of an unsigned grant is asked of
     * Kisi; a signed grant's actor_email is Kisi's own word and is used.
     */
    @Test
    @Order(8)
    void anUnsignedEventsAddressIsNeverMailedKisiIsAskedInstead() throws Exception {
        saveEmailSettings("[]");
        AccessEvent unsigned = AccessEvent.receivedFrom(grantNaming(KISI_USER, FORGED), Instant.now(), false);
        AccessEvent signed = AccessEvent.receivedFrom(grantNaming("5151", VOUCHED), Instant.now(), true);
        UUID incident = UUID.randomUUID();
        transaction.begin();
        notifications.notifyAbout(new IncidentNotice(
                incident,
                IncidentNotice.TAILGATING,
                "Forged door",
                WINDOW,
                WINDOW.plusSeconds(10),
                1,
                List.of(IncidentNotice.Person.vouchedFor(unsigned), IncidentNotice.Person.vouchedFor(signed))));
        transaction.commit();

        Await.until(
                () -> deliveries.ofIncident(incident).stream().allMatch(d -> d.state() == DeliveryState.SENT),
                Duration.ofSeconds(30),
                "both e-mails sent");
        List<String> recipients = deliveries.ofIncident(incident).stream()
                .map(EmailDelivery::recipientEmail)
                .sorted()
                .toList();
        assertEquals(List.of(KISI_ADDRESS, VOUCHED).stream().sorted().toList(), recipients);
    }

    @Test
    @Order(9)
    @RunAsClient
    void theForgedAddressGotNothing() throws Exception {
        TestSmtpServer.awaitMessageTo(VOUCHED, Duration.ofSeconds(10)).orElseThrow();
        assertEquals(0, TestSmtpServer.messagesTo(FORGED).size(), "nothing to the address of an unsigned body");
    }

    static final String FORGED = "mallory@attacker.example.com";
    static final String VOUCHED = "grace@it.example.com";

    private static KisiEvent grantNaming(String actorId, String email) {
        return new KisiEvent(
                UUID.randomUUID().toString(),
                "lock.unlock",
                "Lock",
                "4711",
                "Forged door",
                "User",
                actorId,
                "Grantee " + actorId,
                email,
                "34",
                "12",
                true,
                null,
                null,
                Instant.now());
    }

    private static String newLockId() {
        return String.valueOf(9_000_000 + ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /**
     * Saves the e-mail settings as an admin does, over REST: the service itself takes changes from admins only, and a
     * test inside the server runs as nobody.
     */
    private static void saveEmailSettings(String securityAddresses) {
        var saved = ThresholdServer.asAdmin(
                "PUT",
                "api/settings/email",
                "{\"useDefault\":true,\"notifyPeople\":true,\"securityAddresses\":" + securityAddresses + "}");
        assertEquals(200, saved.statusCode(), saved.body());
    }
}
