package dev.threshold.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.threshold.infrastructure.batching.BatchCommitter;
import dev.threshold.infrastructure.batching.GroupCommit;
import dev.threshold.infrastructure.batching.GroupCommitSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The requests' way into the group commit: an event is answered with what its batch committed; before the writer
 * runs, when the queue is full and once it stopped, the event is refused as busy (503, Kisi retries) and not stored.
 */
class WebhookQueueTest {

    private static final GroupCommitSettings SETTINGS = new GroupCommitSettings(10, Duration.ofMillis(1), 1);

    /** Labels each event with its place id, so the answer shows it went through the batch. */
    private static final BatchCommitter<ReceivedKisiEvent, RecordedEvent> LABELLER = new BatchCommitter<>() {
        @Override
        public List<RecordedEvent> commitAll(List<ReceivedKisiEvent> batch) {
            return batch.stream().map(this::commitOne).toList();
        }

        @Override
        public RecordedEvent commitOne(ReceivedKisiEvent item) {
            return new RecordedEvent(null, List.of(item.placeId().toString()), false);
        }
    };

    private final WebhookQueue queue = new WebhookQueue();

    @Test
    void anEventBeforeTheWriterRunsIsRefusedAsBusy() {
        assertBusy(queue.record(received()));
    }

    @Test
    void anEventIsAnsweredWithWhatItsBatchCommitted() throws Exception {
        GroupCommit<ReceivedKisiEvent, RecordedEvent> groupCommit = new GroupCommit<>(SETTINGS, LABELLER, e -> false);
        Thread writer = new Thread(groupCommit, "webhook-queue-test-writer");
        writer.start();
        queue.open(groupCommit);
        ReceivedKisiEvent event = received();
        try {
            RecordedEvent recorded = queue.record(event).get(10, TimeUnit.SECONDS);
            assertEquals(List.of(event.placeId().toString()), recorded.labels());
        } finally {
            groupCommit.stop(Duration.ofSeconds(5));
            writer.join();
        }
    }

    @Test
    void anEventBeyondTheQueuesCapacityIsRefusedAsBusy() {
        queue.open(new GroupCommit<>(SETTINGS, LABELLER, e -> false)); // no writer: the first event stays queued
        queue.record(received());
        assertBusy(queue.record(received()));
    }

    @Test
    void anEventAfterTheWriterStoppedIsRefusedAsBusy() {
        GroupCommit<ReceivedKisiEvent, RecordedEvent> groupCommit = new GroupCommit<>(SETTINGS, LABELLER, e -> false);
        queue.open(groupCommit);
        groupCommit.stop(Duration.ZERO);
        assertBusy(queue.record(received()));
    }

    private static ReceivedKisiEvent received() {
        return new ReceivedKisiEvent(null, true, UUID.randomUUID());
    }

    private static void assertBusy(CompletableFuture<RecordedEvent> answer) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
        assertInstanceOf(WebhookBusyException.class, refused.getCause());
    }
}
