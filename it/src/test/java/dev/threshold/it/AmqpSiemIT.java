package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A collector that is not Java reads security-events over AMQP 1.0 (threshold.amqp.port, 5672 here): Debian's
 * python3-qpid-proton running it/src/test/python/siem_amqp.py, as docs/siem.md shows it, subscribes durably with an
 * account in the role siem and receives a posted webhook's event; an account of another role, a wrong password and
 * no account at all are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AmqpSiemIT {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path CLIENT = Path.of("src/test/python/siem_amqp.py");
    private static final String URL = "amqp://127.0.0.1:5672";
    private static final String SIEM = "siem-amqp-it";
    private static final String GUEST = "guest-amqp-it";
    private static final String PASSWORD = "Amqp-siem-it-1!";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONTAINER_ID = "amqp-siem-it";
    private static final String SUBSCRIPTION = "security-events";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void debiansAmqpClient() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import proton").start().waitFor() == 0;
        Prerequisites.require(present, "Debian's python3-qpid-proton is not installed");
    }

    @Test
    void aSiemAccountSubscribesDurablyAndReceivesTheWebhooksEvent() {
        try (ApplicationUsers users = ApplicationUsers.add(Map.of(SIEM, "siem"), PASSWORD);
                ClientProcess collector = collector(SIEM, PASSWORD)) {
            collector.await("subscribed"::equals, WAIT, "the durable subscription");
            String uuid = KisiEvents.uniqueUuid();
            HttpResponse<String> posted = ThresholdServer.postEvent(KisiEvents.unlock(uuid, "AMQP door", "91", "Mary"));
            assertEquals(201, posted.statusCode(), posted.body());
            String line = collector.await(l -> l.startsWith("event ") && l.contains(uuid), WAIT, "the event");
            JsonObject event = Json.createReader(new StringReader(line.substring("event ".length())))
                    .readObject();
            assertEquals("threshold.access-event.received", event.getString("type"));
            assertEquals("AMQP door", event.getJsonObject("data").getString("objectName"));
            collector.tell("close");
            assertEquals(0, collector.awaitExit(WAIT), String.join("\n", collector.output()));
        } finally {
            SiemSubscriptions.drop(CONTAINER_ID, SUBSCRIPTION);
        }
    }

    @Test
    void anotherRoleAWrongPasswordAndNoAccountAreRefused() {
        try (ApplicationUsers users = ApplicationUsers.add(Map.of(SIEM, "siem", GUEST, "guest"), PASSWORD)) {
            for (List<String> who :
                    List.of(List.of(GUEST, PASSWORD), List.of(SIEM, "not " + PASSWORD), List.of("", ""))) {
                try (ClientProcess collector = collector(who.get(0), who.get(1))) {
                    collector.await(l -> l.startsWith("refused: "), WAIT, "a refusal of " + who);
                    assertEquals(3, collector.awaitExit(WAIT));
                    assertTrue(
                            collector.output().stream().noneMatch(l -> l.startsWith("event ")),
                            collector.output().toString());
                }
            }
        }
    }

    private static ClientProcess collector(String user, String password) {
        return ClientProcess.start(
                List.of(PYTHON, CLIENT.toAbsolutePath().toString(), URL, user, password, CONTAINER_ID, SUBSCRIPTION));
    }
}
