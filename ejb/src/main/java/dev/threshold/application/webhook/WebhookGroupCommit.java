package dev.threshold.application.webhook;

import dev.threshold.infrastructure.batching.GroupCommit;
import dev.threshold.infrastructure.batching.GroupCommitSettings;
import dev.threshold.infrastructure.persistence.DatabaseFailures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the webhook's events by group commit: one database transaction, one durable commit, for all the events
 * that arrive together, instead of one each — the commit's flush to disk was nearly all a webhook request cost. Each
 * request is answered only once its batch is committed. One writer thread (from the server's managed thread factory),
 * which also completes the waiting requests' futures: each request thread waits for its own, so completing one only
 * wakes a thread, and a hand-over to an executor would cost more than it spares the writer. Requests hand their
 * events in through {@link WebhookQueue}, a plain CDI bean this singleton opens: an EJB call per request cost more.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch has a transaction of its own
public class WebhookGroupCommit {

    private static final Logger LOG = Logger.getLogger(WebhookGroupCommit.class.getName());
    /** How long undeploying waits for the batch being committed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    @Resource
    ManagedThreadFactory threads;

    @EJB
    AccessEventService accessEvents;

    @Inject
    WebhookQueue queue;

    @Inject
    @ConfigProperty(name = "threshold.webhook.batch.max-size", defaultValue = "50")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "threshold.webhook.batch.max-wait-ms", defaultValue = "1")
    long maxWaitMillis;

    @Inject
    @ConfigProperty(name = "threshold.webhook.queue-capacity", defaultValue = "1000")
    int capacity;

    private GroupCommit<ReceivedKisiEvent, RecordedEvent> groupCommit;

    @PostConstruct
    void start() {
        GroupCommitSettings settings = new GroupCommitSettings(maxBatch, Duration.ofMillis(maxWaitMillis), capacity);
        groupCommit = new GroupCommit<>(settings, new AccessEventBatches(accessEvents), DatabaseFailures::unavailable);
        threads.newThread(groupCommit).start();
        queue.open(groupCommit);
        LOG.info(() -> "Webhook group commit: up to " + maxBatch + " events per transaction, waiting at most "
                + maxWaitMillis + " ms for company; at most " + capacity + " events queued");
    }

    /** Pending requests are refused (503, retried by Kisi); the batch being committed finishes first. */
    @PreDestroy
    void stop() {
        groupCommit.stop(STOP_GRACE);
        LOG.info(() -> "Webhook group commit stopped after " + groupCommit.committed() + " events in "
                + groupCommit.batches() + " transactions");
    }
}
