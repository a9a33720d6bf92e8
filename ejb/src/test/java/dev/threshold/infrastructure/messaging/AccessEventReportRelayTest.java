package dev.threshold.infrastructure.messaging;

import static dev.threshold.domain.access.KisiEvents.AT;
import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvents;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relay's sending: every report of a batch, in order, through one producer of the transaction's context. */
class AccessEventReportRelayTest {

    /** What the fake context saw: producers created, and each send's destination and document. */
    private final List<Object> producers = new ArrayList<>();

    private final List<Destination> destinations = new ArrayList<>();
    private final List<JsonObject> sent = new ArrayList<>();

    private static final Topic TOPIC = (Topic) Proxy.newProxyInstance(
            Topic.class.getClassLoader(),
            new Class<?>[] {Topic.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "toString" -> "security-events";
                case "hashCode" -> 1;
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private JMSContext context() {
        return (JMSContext) Proxy.newProxyInstance(
                JMSContext.class.getClassLoader(), new Class<?>[] {JMSContext.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("createProducer")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object producer = producer();
                    producers.add(producer);
                    return producer;
                });
    }

    private JMSProducer producer() {
        return (JMSProducer) Proxy.newProxyInstance(
                JMSProducer.class.getClassLoader(), new Class<?>[] {JMSProducer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && args.length == 2 && args[1] instanceof String body) {
                        destinations.add((Destination) args[0]);
                        sent.add(JSON.createReader(new StringReader(body)).readObject());
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName()); // the relay sets no property
                });
    }

    private static AccessEvent unlock(String uuid) {
        return AccessEvent.receivedFrom(KisiEvents.lockEvent(uuid, "lock.unlock", true), AT.plusSeconds(1), true);
    }

    private static Label labelOf(AccessEvent event, String uuid) {
        return Label.onAccessEvent(
                event, DoorEventLabels.labelFor(KisiEvents.lockEvent(uuid, "lock.unlock", true)), null);
    }

    @Test
    void aBatchIsSentInOrderThroughOneProducer() {
        AccessEvent first = unlock("u-1");
        AccessEvent second = unlock("u-2");
        AccessEvent third = unlock("u-3");
        Label firstA = labelOf(first, "u-1");
        Label firstB = labelOf(first, "u-1");
        Label third1 = labelOf(third, "u-3");
        Map<UUID, List<Label>> labels = Map.of(first.id(), List.of(firstA, firstB), third.id(), List.of(third1));

        int count = AccessEventReportRelay.send(context(), TOPIC, List.of(first, second, third), labels);

        assertEquals(1, producers.size(), "one producer for the whole batch");
        assertEquals(6, count);
        assertEquals(List.of(TOPIC, TOPIC, TOPIC, TOPIC, TOPIC, TOPIC), destinations);
        List<String> expected = List.of(
                "received " + first.id(),
                "label " + first.id(),
                "label " + first.id(),
                "received " + second.id(),
                "received " + third.id(),
                "label " + third.id());
        assertEquals(
                expected,
                sent.stream().map(AccessEventReportRelayTest::describe).toList());
        assertEquals(
                AccessEventCloudEvents.labelCreated(firstA).id(), sent.get(1).getString("id"));
        assertEquals(
                AccessEventCloudEvents.labelCreated(firstB).id(), sent.get(2).getString("id"));
    }

    @Test
    void anEmptyBatchSendsNothing() {
        assertEquals(0, AccessEventReportRelay.send(context(), TOPIC, List.of(), Map.of()));
        assertEquals(List.of(), sent);
    }

    private static String describe(JsonObject message) {
        return switch (message.getString("type")) {
            case SecurityEvents.ACCESS_EVENT_RECEIVED -> "received " + message.getString("subject");
            case SecurityEvents.LABEL_CREATED ->
                "label " + message.getJsonObject("data").getString("accessEventId");
            default -> message.getString("type");
        };
    }
}
