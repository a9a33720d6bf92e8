package dev.threshold.it;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker's roles on security-events, tried as remote JMS clients are (the server's remote connection factory,
 * over HTTP upgrade, with an application user's credentials): a guest may neither send (a forged event would mislead
 * the SIEM) nor read, a siem user subscribes durably and reads what Threshold publishes but may neither send nor
 * delete its subscription's queue. Threshold itself still publishes (in-VM, with the server's internal credentials).
 */
@ExtendWith(ArquillianExtension.class)
class MessagingRolesIT {

    static final String GUEST = "guest-it";
    static final String SIEM = "siem-it";
    static final String PASSWORD = "Roles-it-1!";

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(MessagingRolesIT.class, ApplicationUsers.class);
    }

    @Resource(lookup = "java:jboss/exported/jms/RemoteConnectionFactory")
    ConnectionFactory remote;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory inVm;

    @Resource(lookup = "java:/jms/topic/security-events")
    Topic securityEvents;

    @Inject
    SecurityEvents publisher;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    /** A guest and a siem account, removed after the test. */
    private static ApplicationUsers accounts() {
        return ApplicationUsers.add(java.util.Map.of(GUEST, "guest", SIEM, "siem"), PASSWORD);
    }

    @Test
    void aGuestNeitherSendsToNorReadsSecurityEvents() throws Exception {
        try (ApplicationUsers users = accounts();
                JMSContext guest = remote.createContext(GUEST, PASSWORD)) {
            assertThrows(
                    JMSSecurityRuntimeException.class,
                    () -> guest.createProducer().send(securityEvents, forged()),
                    "a guest's forged event refused");
            assertThrows(
                    JMSSecurityRuntimeException.class,
                    () -> guest.createConsumer(securityEvents),
                    "only a SIEM's account reads the events");
        }
    }

    @Test
    void aSiemUserSubscribesDurablyReadsWhatThresholdPublishesButNeitherSendsNorDeletesQueues() throws Exception {
        String clientId = "siem-it-" + UUID.randomUUID();
        UUID incident = UUID.randomUUID();
        try (ApplicationUsers users = accounts();
                JMSContext siem = remote.createContext(SIEM, PASSWORD)) {
            siem.setClientID(clientId);
            try (JMSConsumer consumer = siem.createDurableConsumer(securityEvents, "siem")) {
                transaction.begin();
                publisher.publishIncident(
                        SecurityEvents.INCIDENT_CONFIRMED,
                        incident,
                        "/doors/4711",
                        JSON.createObjectBuilder().add("by", "it").build());
                transaction.commit();
                boolean received = false;
                long deadline = System.currentTimeMillis() + 30_000;
                while (!received && System.currentTimeMillis() < deadline) {
                    Message message = consumer.receive(1000);
                    received = message != null && message.getBody(String.class).contains(incident.toString());
                }
                assertTrue(received, "Threshold still publishes, and the siem user reads it");
            }
            assertThrows(
                    JMSSecurityRuntimeException.class,
                    () -> siem.createProducer().send(securityEvents, forged()),
                    "a siem user sends nothing");
            assertThrows(
                    JMSSecurityRuntimeException.class,
                    () -> siem.unsubscribe("siem"),
                    "a siem user deletes no queue, not even its subscription's");
        }
        // The subscription is still there (an administrator removes it: here the server's own in-VM client).
        try (JMSContext admin = inVm.createContext()) {
            admin.setClientID(clientId);
            admin.unsubscribe("siem");
        }
    }

    private static String forged() {
        return "{\"specversion\":\"1.0\",\"type\":\"" + SecurityEvents.INCIDENT_DISMISSED + "\",\"source\":\"/x\","
                + "\"id\":\"" + UUID.randomUUID() + "\"}";
    }
}
