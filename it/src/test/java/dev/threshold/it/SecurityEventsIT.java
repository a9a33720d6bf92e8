package dev.threshold.it;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SIEM topic on the real server: a durable subscriber that was away while a webhook event came in receives its
 * CloudEvents when it comes back; a change rolled back publishes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityEventsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(SecurityEventsIT.class);
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/topic/security-events")
    Topic securityEvents;

    @Inject
    SecurityEvents publisher;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Test
    void aDurableSubscriberGetsThePostedEventsCloudEventsAfterBeingAway() throws Exception {
        String clientId = "siem-" + UUID.randomUUID();
        subscribe(clientId);

        String uuid = KisiEvents.uniqueUuid();
        String unlock = KisiEvents.unlock(uuid, "SIEM door", "91", "Mary");
        HttpResponse<String> posted = ThresholdServer.postEvent(unlock);
        assertEquals(201, posted.statusCode(), posted.body());
        String eventId =
                JSON.createReader(new StringReader(posted.body())).readObject().getString("id");

        List<JsonObject> received = receiveUntil(
                clientId,
                e -> e.getString("type").equals(SecurityEvents.LABEL_CREATED)
                        && eventId.equals(e.getJsonObject("data").getString("accessEventId", null)));
        JsonObject accessEvent = received.stream()
                .filter(e -> e.getString("type").equals(SecurityEvents.ACCESS_EVENT_RECEIVED)
                        && uuid.equals(e.getJsonObject("data").getString("kisiUuid")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access event for " + uuid + " in " + received));
        assertEquals("1.0", accessEvent.getString("specversion"));
        assertFalse(accessEvent.getString("id").isBlank());
        assertEquals("/doors/4711", accessEvent.getString("source"));
        assertEquals(eventId, accessEvent.getString("subject"));
        assertEquals(KisiEvents.createdAt(unlock), accessEvent.getString("time"));
        assertEquals("application/json", accessEvent.getString("datacontenttype"));
        JsonObject data = accessEvent.getJsonObject("data");
        assertEquals("lock.unlock", data.getString("eventType"));
        assertEquals("Mary", data.getString("actorName"));
        assertEquals("SIEM door", data.getString("objectName"));

        JsonObject label = received.get(received.size() - 1);
        assertEquals("entry unlocked", label.getJsonObject("data").getString("name"));
        assertTrue(
                label.getString("source").startsWith("/doors/")
                        || label.getString("source").startsWith("/cameras/"),
                label.toString());
    }

    @Test
    void anIncidentChangeIsPublishedIfAndOnlyIfItCommits() throws Exception {
        String clientId = "siem-" + UUID.randomUUID();
        subscribe(clientId);
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        transaction.begin();
        publisher.publishIncident(
                SecurityEvents.INCIDENT_CREATED,
                rolledBack,
                "/doors/4711",
                JSON.createObjectBuilder().add("tailgaters", 1).build());
        transaction.rollback();
        transaction.begin();
        publisher.publishIncident(
                SecurityEvents.INCIDENT_CONFIRMED,
                committed,
                "/doors/4711",
                JSON.createObjectBuilder()
                        .add("by", "it")
                        .add("reason", "seen on the clip")
                        .build());
        transaction.commit();

        List<JsonObject> received =
                receiveUntil(clientId, e -> committed.toString().equals(e.getString("subject")));
        JsonObject confirmed = received.get(received.size() - 1);
        assertEquals(SecurityEvents.INCIDENT_CONFIRMED, confirmed.getString("type"));
        assertEquals("seen on the clip", confirmed.getJsonObject("data").getString("reason"));
        assertEquals(committed.toString(), confirmed.getJsonObject("data").getString("incidentId"));
        assertTrue(
                received.stream().noneMatch(e -> rolledBack.toString().equals(e.getString("subject", null))),
                "the rolled-back incident was never published");
    }

    /** Creates the durable subscription and goes away: what is published meanwhile is kept for it. */
    private void subscribe(String clientId) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.setClientID(clientId);
            jms.createDurableConsumer(securityEvents, "siem").close();
        }
    }

    /** Comes back to the subscription and reads until {@code last} is seen; then removes the subscription. */
    private List<JsonObject> receiveUntil(String clientId, Predicate<JsonObject> last) throws Exception {
        List<JsonObject> received = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.setClientID(clientId);
            try (JMSConsumer consumer = jms.createDurableConsumer(securityEvents, "siem")) {
                while (Instant.now().isBefore(deadline)) {
                    Message message = consumer.receive(1000);
                    if (message == null) {
                        continue;
                    }
                    JsonObject event = JSON.createReader(new StringReader(message.getBody(String.class)))
                            .readObject();
                    received.add(event);
                    if (last.test(event)) {
                        break;
                    }
                }
            }
            jms.unsubscribe("siem");
        }
        assertTrue(
                !received.isEmpty() && last.test(received.get(received.size() - 1)),
                "timed out after 30 s; received " + received);
        return received;
    }
}
