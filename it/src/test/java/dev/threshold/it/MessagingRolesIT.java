package dev.threshold.it;

import static dev.threshold.infrastructure.JsonApi.JSON;
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
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker's roles on security-events, tried as remote JMS clients are (the server's remote connection factory,
 * over HTTP upgrade, with an application user's credentials): a guest may not send (a forged event would mislead the
 * SIEM), a siem user subscribes durably and reads what Threshold publishes but may neither send nor delete its
 * subscription's queue. Threshold itself still publishes (in-VM, with the server's internal credentials).
 */
@ExtendWith(ArquillianExtension.class)
class MessagingRolesIT {

    static final String GUEST = "guest-it";
    static final String SIEM = "siem-it";
    static final String PASSWORD = "Roles-it-1!";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ThresholdServer.builtEar();
        ear.getAsType(WebArchive.class, "threshold-web.war").addClasses(MessagingRolesIT.class);
        return ear;
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

    private String users;
    private String roles;

    /**
     * Application users as add-user.sh -a writes them (the properties realm reads changed files at once), removed
     * after the test: the server's configuration keeps no test account.
     */
    private void addUsers() throws Exception {
        users = Files.readString(usersFile());
        roles = Files.readString(rolesFile());
        Files.writeString(usersFile(), users + "\n" + GUEST + "=" + digest(GUEST) + "\n" + SIEM + "=" + digest(SIEM)
                + "\n");
        Files.writeString(rolesFile(), roles + "\n" + GUEST + "=guest\n" + SIEM + "=siem\n");
    }

    private void removeUsers() throws IOException {
        if (users != null) {
            Files.writeString(usersFile(), users);
            Files.writeString(rolesFile(), roles);
        }
    }

    @Test
    void aGuestMayNotSendToSecurityEvents() throws Exception {
        addUsers();
        try (JMSContext guest = remote.createContext(GUEST, PASSWORD)) {
            assertThrows(JMSSecurityRuntimeException.class,
                    () -> guest.createProducer().send(securityEvents, forged()), "a guest's forged event refused");
        } finally {
            removeUsers();
        }
    }

    @Test
    void aSiemUserSubscribesDurablyReadsWhatThresholdPublishesButNeitherSendsNorDeletesQueues() throws Exception {
        String clientId = "siem-it-" + UUID.randomUUID();
        UUID incident = UUID.randomUUID();
        addUsers();
        try (JMSContext siem = remote.createContext(SIEM, PASSWORD)) {
            siem.setClientID(clientId);
            try (JMSConsumer consumer = siem.createDurableConsumer(securityEvents, "siem")) {
                transaction.begin();
                publisher.publishIncident(SecurityEvents.INCIDENT_CONFIRMED, incident, "/doors/4711",
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
            assertThrows(JMSSecurityRuntimeException.class, () -> siem.createProducer().send(securityEvents,
                    forged()), "a siem user sends nothing");
            assertThrows(JMSSecurityRuntimeException.class, () -> siem.unsubscribe("siem"),
                    "a siem user deletes no queue, not even its subscription's");
        } finally {
            removeUsers();
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

    private static Path usersFile() {
        return Path.of(System.getProperty("jboss.server.config.dir"), "application-users.properties");
    }

    private static Path rolesFile() {
        return Path.of(System.getProperty("jboss.server.config.dir"), "application-roles.properties");
    }

    /** HEX(MD5(user:ApplicationRealm:password)), the users file's format. */
    private static String digest(String user) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest((user + ":ApplicationRealm:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, md5));
    }
}
