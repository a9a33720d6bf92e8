package dev.threshold.application.webhook;

import dev.threshold.infrastructure.batching.GroupCommit;
import dev.threshold.infrastructure.batching.GroupCommitRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/**
 * Where a webhook request hands its event to the group commit. A plain CDI bean, so that a request's hand-over is a
 * method call and a queue offer: through the EJB singleton that owns the writer it was an EJB invocation per event
 * (interceptors, security context; 3 % of the webhook's CPU in the profile). {@link WebhookGroupCommit} opens it
 * once its writer runs, during the deployment; the group commit itself refuses events once it is stopped.
 */
@ApplicationScoped
public class WebhookQueue {

    private volatile GroupCommit<ReceivedKisiEvent, RecordedEvent> groupCommit;

    /** Called by the writer's owner once the writer runs. */
    void open(GroupCommit<ReceivedKisiEvent, RecordedEvent> running) {
        groupCommit = running;
    }

    /**
     * Queues the event for the next batch.
     *
     * @return completes once the event is committed (or found stored before), or exceptionally: a
     *         {@link WebhookBusyException} when the queue is full, the writer has not started yet or the server
     *         stops, or the database's failure
     */
    public CompletableFuture<RecordedEvent> record(ReceivedKisiEvent received) {
        GroupCommit<ReceivedKisiEvent, RecordedEvent> open = groupCommit;
        if (open == null) {
            return CompletableFuture.failedFuture(new WebhookBusyException(
                    "The server is starting and takes no events yet; nothing was stored. Retry shortly.", null));
        }
        return open.submit(received)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        failure instanceof GroupCommitRefusedException refused
                                ? new WebhookBusyException(refused.getMessage(), refused)
                                : failure));
    }
}
