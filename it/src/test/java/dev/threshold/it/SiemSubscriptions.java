package dev.threshold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Removes a SIEM's durable subscription to security-events as an administrator does (docs/operations.md, "SIEM"):
 * a siem account may not, and a subscription left behind would keep every later event of the test run.
 */
final class SiemSubscriptions {

    private SiemSubscriptions() {}

    /** drop-durable-subscription on the topic, through the server's management API. */
    static void drop(String clientId, String subscription) {
        ModelNode drop = new ModelNode();
        drop.get("operation").set("drop-durable-subscription");
        drop.get("address")
                .add("subsystem", "messaging-activemq")
                .add("server", "default")
                .add("jms-topic", "security-events");
        drop.get("client-id").set(clientId);
        drop.get("subscription-name").set(subscription);
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", 9990)) {
            ModelNode result = management.execute(drop);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new AssertionError(
                        "the subscription " + clientId + "/" + subscription + " was not removed: " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
