package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.postEvent;
import static dev.threshold.it.ThresholdServer.searchLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.AnalysedFrame;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import dev.threshold.infrastructure.messaging.FrameJob;
import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's thin path on the real server: a Kisi event in, its label found; a frame job on the queue, its row
 * written by the message-driven bean; a poison job dead-lettered.
 */
@ExtendWith(ArquillianExtension.class)
class ThinPathIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ThresholdServer.builtEar();
        // The in-container tests below run inside the application's own web module.
        ear.getAsType(WebArchive.class, "threshold-web.war")
                .addClasses(
                        ThinPathIT.class,
                        ThresholdServer.class,
                        KisiEvents.class,
                        KisiSigning.class,
                        AdminPassword.class,
                        Await.class);
        return ear;
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/frames")
    Queue framesQueue;

    @Resource(lookup = "java:/jms/queue/dead-letters")
    Queue deadLetters;

    @Inject
    AnalysedFrameRepository analysedFrames;

    @Test
    @RunAsClient
    void aPostedUnlockIsFoundByEveryQueryOfItsLabel() {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Grace" + uuid.substring(0, 8);
        HttpResponse<String> posted = postEvent(KisiEvents.unlock(uuid, "Lab door", "77", actor));
        assertEquals(201, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("\"labels\":[\"entry unlocked\"]"), posted.body());

        for (String query : List.of("entry unlocked", "door unlocked", "unlocked")) {
            HttpResponse<String> found = searchLabels(query + " " + actor.toLowerCase());
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("\"eventUuid\":\"" + uuid + "\""), query + " → " + found.body());
            assertTrue(found.body().contains("\"door\":\"Lab door\""), found.body());
        }
        HttpResponse<String> byToken = searchLabels("77_entry.unlocked");
        assertTrue(byToken.body().contains(uuid), byToken.body());
    }

    @Test
    @RunAsClient
    void aRedeliveredEventIsAcknowledgedAndStoredOnce() {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Alan" + uuid.substring(0, 8);
        String body = KisiEvents.unlock(uuid, "Side door", "78", actor);
        assertEquals(201, postEvent(body).statusCode());
        HttpResponse<String> again = postEvent(body);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"duplicate\":true"), again.body());

        String found = searchLabels(actor).body();
        assertEquals(1, occurrences(found, "\"eventUuid\":\"" + uuid + "\""), found);
    }

    @Test
    @RunAsClient
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Mallory" + uuid.substring(0, 8);
        String valid = KisiEvents.unlock(uuid, "Back door", "79", actor);

        assertProblem(postEvent(valid.replace("\"uuid\":\"" + uuid + "\",", "")), 400, "uuid");
        assertProblem(postEvent(valid.replace("\"type\":\"lock.unlock\"", "\"type\":42")), 400, "type");
        assertProblem(postEvent(valid.replace("\"success\":true", "\"success\":\"yes\"")), 400, "success");
        assertProblem(postEvent(valid.replace(KisiEvents.createdAt(valid), "yesterday")), 400, "created_at");
        assertProblem(postEvent("{\"uuid\": \"" + uuid + "\", "), 400, null);
        assertProblem(postEvent("[]"), 400, null);
        assertProblem(postEvent(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}), 400, null);
        byte[] huge = ("{\"uuid\":\"" + uuid + "\",\"type\":\"lock.unlock\",\"pad\":\"" + "x".repeat(70_000) + "\"}")
                .getBytes();
        assertProblem(postEvent(huge), 413, null);

        String found = searchLabels(actor).body();
        assertEquals("[]", found, "nothing of the refused events may be stored");
    }

    @Test
    void aFrameJobReachesTheMessageDrivenBeanAndItsRowIsWritten() {
        String cameraA = "cam-" + UUID.randomUUID();
        String cameraB = "cam-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-11-29T08:00:00Z");
        try (JMSContext jms = connectionFactory.createContext()) {
            for (int i = 0; i < 10; i++) {
                for (String camera : List.of(cameraA, cameraB)) {
                    FrameJob job = new FrameJob(camera, start.plusMillis(200L * i), "frames/" + camera + "/" + i);
                    jms.createProducer().setProperty("JMSXGroupID", camera).send(framesQueue, job.toJson());
                }
            }
            // Redelivered: the same frame again must not make a second row.
            FrameJob again = new FrameJob(cameraA, start, "frames/" + cameraA + "/0");
            jms.createProducer().setProperty("JMSXGroupID", cameraA).send(framesQueue, again.toJson());
        }

        Await.until(
                () -> analysedFrames.ofCamera(cameraA).size() >= 10
                        && analysedFrames.ofCamera(cameraB).size() >= 10,
                Duration.ofSeconds(30),
                "20 frames analysed");
        for (String camera : List.of(cameraA, cameraB)) {
            List<AnalysedFrame> rows = analysedFrames.ofCamera(camera);
            assertEquals(10, rows.size(), "one row per frame of " + camera);
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(
                        !rows.get(i).analysedAt().isBefore(rows.get(i - 1).analysedAt()),
                        "frames of one camera are analysed in capture order");
            }
        }
    }

    @Test
    void aPoisonFrameJobEndsInTheDeadLetterQueueAfterItsRetries() throws Exception {
        String marker = UUID.randomUUID().toString();
        Instant sent = Instant.now();
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("testMarker", marker).send(framesQueue, "{\"version\": 99}");
            Await.until(
                    () -> {
                        try (QueueBrowser browser = jms.createBrowser(deadLetters, "testMarker = '" + marker + "'")) {
                            List<?> found = Collections.list(browser.getEnumeration());
                            return found.size() == 1
                                    && "jms.queue.frames"
                                            .equals(((Message) found.get(0)).getStringProperty("_AMQ_ORIG_ADDRESS"));
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    Duration.ofSeconds(60),
                    "the poison job in dead-letters, moved there from frames");
        }
        // Five attempts, 1 + 2 + 4 + 8 s apart (configure.cli): not dead-lettered at the first failure.
        Duration untilDeadLettered = Duration.between(sent, Instant.now());
        assertTrue(untilDeadLettered.toSeconds() >= 14, "dead-lettered after " + untilDeadLettered);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
