package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison frame job fails five times and lands in dead-letters: the queue's depth shows in /api/metrics, /health
 * says in words how many wait and since when (still 200 UP: failed jobs do not make the node unfit), and the
 * console's home page warns.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLettersIT {

    static final Pattern DEPTH = Pattern.compile("(?m)^threshold_dead_letter_messages (\\d+)$");

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(DeadLettersIT.class);
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/frames")
    Queue frames;

    @Test
    void aPoisonMessageInTheDeadLetterQueueShowsInMetricsHealthAndTheHomePage() {
        long before = depth();
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer()
                    .setProperty("testMarker", UUID.randomUUID().toString())
                    .send(frames, "{\"version\": 99}");
        }
        Await.until(() -> depth() > before, Duration.ofSeconds(60), "the poison job counted in dead-letters");

        HttpResponse<String> health = ThresholdServer.get("health");
        assertEquals(200, health.statusCode(), "failed jobs do not make the node DOWN: " + health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        Matcher check = Pattern.compile(
                        "\"name\":\"dead-letters\",\"status\":\"UP\",\"data\":\\{\"detail\":"
                                + "\"warning: (at least )?\\d+ messages? waits? in dead-letters[^\"]*the oldest sent at 20\\d\\d-")
                .matcher(health.body());
        assertTrue(check.find(), "how many wait and since when: " + health.body());

        HttpResponse<String> home =
                ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("ui/home.xhtml"))
                        .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                        .GET());
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(
                home.body().contains("id=\"deadLetters\"") && home.body().contains("in dead-letters"),
                "the home page warns: " + home.body());
    }

    private static long depth() {
        HttpResponse<String> metrics = asAdmin("GET", "api/metrics", null);
        assertEquals(200, metrics.statusCode(), metrics.body());
        Matcher depth = DEPTH.matcher(metrics.body());
        assertTrue(depth.find(), "the dead-letter depth in the metrics: " + metrics.body());
        assertTrue(metrics.body().contains("# TYPE threshold_dead_letter_oldest_age_seconds gauge"), metrics.body());
        return Long.parseLong(depth.group(1));
    }
}
