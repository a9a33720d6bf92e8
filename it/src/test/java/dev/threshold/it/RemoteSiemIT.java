package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SIEM subscribing from outside, exactly as docs/siem.md tells it to: {@link SiemSubscriber}, a program of its own
 * on WildFly's client jar, looks up {@code jms/RemoteConnectionFactory} and the topic over remote JNDI with an account
 * in the role siem and subscribes durably. It receives a posted webhook's event and a verdict's incident; after it
 * disconnected, the events posted meanwhile reach it when it comes back with the same client id and subscription.
 * The steps run in order; the incident needs counted crossings, stored in the server as the vision pipeline stores
 * them (the only step that runs there).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteSiemIT {

    private static final String USER = "siem-remote-it";
    private static final String PASSWORD = "Remote-siem-it-1!";
    private static final String CLIENT_ID = "remote-siem-it";
    private static final String SUBSCRIPTION = "security-events";
    private static final String DOOR = "SIEM remote door";
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** In the tests' JVM: the account and the SIEM's program, from one step to the next. */
    private static ApplicationUsers account;

    private static ClientProcess siem;

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(
                RemoteSiemIT.class,
                ApplicationUsers.class,
                ClientProcess.class,
                SiemSubscriber.class,
                SiemSubscriptions.class);
    }

    @Inject
    CameraRepository cameras;

    @Inject
    DoorCrossingRepository crossings;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Test
    @Order(1)
    @RunAsClient
    void aSiemSubscribesFromOutsideAndReceivesAWebhooksEvent() {
        account = ApplicationUsers.add(Map.of(USER, "siem"), PASSWORD);
        siem = subscriber();
        String uuid = postUnlock();
        JsonObject event = event(
                siem.await(line -> line.startsWith("event ") && line.contains(uuid), WAIT, "the webhook's event"));
        assertEquals("threshold.access-event.received", event.getString("type"));
        assertEquals("1.0", event.getString("specversion"));
        assertEquals(uuid, event.getJsonObject("data").getString("kisiUuid"));
    }

    @Test
    @Order(2)
    void aForcedEntryMakesAnIncident() throws Exception {
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String door = DOOR + " " + lockId;
        UUID cameraId = UUID.fromString(ThresholdServer.doorWithCamera(lockId, door, "Cam " + door));
        Instant forced = KisiEvents.now();
        transaction.begin();
        Camera camera = cameras.find(cameraId).orElseThrow();
        crossings.store(new DoorCrossing(camera, 1, forced.plusMillis(1000), DoorCrossing.Direction.in, 0.9, null));
        transaction.commit();
        for (String[] event : new String[][] {{"lock.forced_open", "0"}, {"lock.closed", "4"}}) {
            HttpResponse<String> posted = ThresholdServer.postEvent(KisiEvents.lockEvent(
                    KisiEvents.uniqueUuid(),
                    event[0],
                    lockId,
                    door,
                    "Nobody",
                    forced.plusSeconds(Long.parseLong(event[1]))));
            assertEquals(201, posted.statusCode(), posted.body());
        }
        ThresholdServer.awaitOneIncident(lockId, door, WAIT);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theIncidentReachesTheSiemAndWhatItMissedWhileAwayComesWhenItReconnects() {
        JsonObject incident = event(siem.await(
                line -> line.startsWith("event ")
                        && line.contains("\"threshold.incident.created\"")
                        && line.contains(DOOR),
                WAIT,
                "the incident"));
        assertEquals("forced entry", incident.getJsonObject("data").getString("kind"));
        assertEquals(
                incident.getString("subject"), incident.getJsonObject("data").getString("incidentId"));

        siem.tell("close");
        siem.await("closed"::equals, WAIT, "the subscriber's disconnect");
        assertEquals(0, siem.awaitExit(WAIT));
        List<String> missed = List.of(postUnlock(), postUnlock());

        siem = subscriber();
        for (String uuid : missed) {
            JsonObject event = event(siem.await(
                    line -> line.startsWith("event ") && line.contains(uuid),
                    WAIT,
                    "the event posted while the SIEM was away"));
            assertEquals("threshold.access-event.received", event.getString("type"));
        }
        siem.tell("close");
        assertEquals(0, siem.awaitExit(WAIT));
    }

    /** An administrator's job (a siem account may not delete its subscription), as docs/operations.md says it. */
    @Test
    @Order(4)
    @RunAsClient
    void theSubscriptionIsRemoved() {
        SiemSubscriptions.drop(CLIENT_ID, SUBSCRIPTION);
    }

    @AfterAll
    static void removeTheAccount() {
        if (siem != null) {
            siem.close();
        }
        if (account != null) {
            account.close();
        }
    }

    /** The SIEM's program, started and subscribed. */
    private static ClientProcess subscriber() {
        Path client = Path.of(System.getProperty("threshold.it.server.home"), "bin", "client", "jboss-client.jar");
        ClientProcess started = ClientProcess.start(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                client + java.io.File.pathSeparator + testClasses(),
                SiemSubscriber.class.getName(),
                "http-remoting://localhost:8080",
                USER,
                PASSWORD,
                CLIENT_ID,
                SUBSCRIPTION));
        started.await("subscribed"::equals, WAIT, "the durable subscription");
        return started;
    }

    private static String postUnlock() {
        String uuid = KisiEvents.uniqueUuid();
        HttpResponse<String> posted = ThresholdServer.postEvent(KisiEvents.unlock(uuid, DOOR, "91", "Mary"));
        assertEquals(201, posted.statusCode(), posted.body());
        return uuid;
    }

    private static Path testClasses() {
        try {
            return Path.of(SiemSubscriber.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject event(String line) {
        return Json.createReader(new StringReader(line.substring("event ".length())))
                .readObject();
    }
}
