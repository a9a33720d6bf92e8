package dev.threshold.application.notification;

import dev.threshold.application.door.DoorEventAlerts;
import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiPlaceTokens;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.domain.notification.RetrySchedule;
import dev.threshold.infrastructure.kisi.KisiApiException;
import dev.threshold.infrastructure.kisi.KisiUser;
import dev.threshold.infrastructure.mail.MailSender;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the e-mail deliveries that {@link NotificationService} and {@link DoorEventAlerts} wrote (a door alert with
 * its cameras' pictures, {@link AlertSnapshots}): right after the commit that wrote them (in the
 * background), and every 5 s for retries and for anything a crash left. Each delivery is claimed in a short
 * transaction, sent with no transaction open (the mail server and Kisi may be slow), and its outcome recorded in
 * another. A failure is retried with back-off ({@code threshold.mail.retry-seconds}, doubling up to
 * {@code threshold.mail.retry-max-seconds}, at most {@code threshold.mail.max-attempts} attempts).
 * <p>
 * A Kisi user whose address the event did not carry is looked up with Kisi's {@code GET /users/{id}} just before
 * sending, with the API token of the place of the incident's door ({@link KisiPlaceTokens}); a user Kisi does not
 * know, or knows without an address, fails for good. A place without a token fails the delivery in words ("... has
 * no API token") and retries it, so that setting the token lets it through; another place's Kisi is never asked.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // never make a committing thread wait for a running dispatch
public class EmailDispatcher {

    static final int BATCH = 20;
    /** Longer than any one attempt can take (time-outs of 10 s to connect and 30 s per read, and Kisi's 10 s). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/threshold")
    Session mailSession;

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    KisiAccountService kisi;

    @Inject
    IncidentRepository incidents;

    @Inject
    AlertSnapshots snapshots;

    @Inject
    Clock clock;

    @EJB
    EmailDispatcher self;

    @Inject
    @ConfigProperty(name = "threshold.mail.retry-seconds", defaultValue = "30")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "threshold.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "threshold.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    private RetrySchedule schedule;
    private MailSender sender;

    /** Set while a run is wanted: commits in a burst share one run instead of one each. */
    private final AtomicBoolean wanted = new AtomicBoolean();

    /** One dispatch at a time on this node; other nodes are kept off a claimed delivery by its claim. */
    private final ReentrantLock dispatching = new ReentrantLock();

    @PostConstruct
    void init() {
        schedule = new RetrySchedule(
                Duration.ofSeconds(retrySeconds),
                Duration.ofSeconds(Math.max(retrySeconds, retryMaxSeconds)),
                maxAttempts);
        sender = new MailSender(mailSession);
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailsQueued queued) {
        if (wanted.compareAndSet(false, true)) {
            self.dispatchInBackground();
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchInBackground() {
        wanted.set(false);
        dispatchDue();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatchRetries() {
        dispatchDue();
    }

    private void dispatchDue() {
        dispatching.lock();
        try {
            List<Claimed> claimed;
            do {
                claimed = self.claimDue();
                claimed.forEach(this::attempt);
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail dispatch failed; it tries again within 5 s: " + e.getMessage());
        } finally {
            dispatching.unlock();
        }
    }

    /** Claims the due deliveries (in a transaction of its own) and returns what sending them needs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimDue() {
        Instant now = clock.instant();
        List<EmailDelivery> due = deliveries.due(now, BATCH);
        due.forEach(delivery -> delivery.claim(now, now.plus(CLAIM)));
        return due.stream().map(d -> Claimed.of(d, lockOf(d))).toList();
    }

    /** The lock whose place's Kisi a badge holder is asked of: the alert's, or its incident's door's. */
    private String lockOf(EmailDelivery delivery) {
        if (delivery.kisiUserId() == null || delivery.lockId() != null) {
            return delivery.lockId();
        }
        return delivery.incidentId() == null
                ? null
                : incidents
                        .find(delivery.incidentId())
                        .map(i -> i.door().lockId())
                        .orElse(null);
    }

    private void attempt(Claimed delivery) {
        String address = delivery.email();
        try {
            if (address == null) {
                address = addressAtKisi(delivery);
            }
            List<MailSender.Attachment> pictures = delivery.snapshotCameras().isEmpty()
                    ? List.of()
                    : snapshots.of(delivery.snapshotCameras(), delivery.snapshotAt());
            sender.send(address, delivery.name(), delivery.subject(), delivery.body(), clock.instant(), pictures);
            self.recordSent(delivery.id(), address);
        } catch (MailSender.MailFailure e) {
            self.recordFailure(delivery.id(), address, e.getMessage(), e.permanent());
        } catch (KisiApiException e) {
            boolean unknownUser = e.reason() == KisiApiException.Reason.NOT_FOUND;
            self.recordFailure(
                    delivery.id(),
                    null,
                    "Looking up the e-mail address of Kisi user " + delivery.kisiUserId() + " failed: "
                            + e.getMessage(),
                    unknownUser);
        } catch (NoAddressException | InvalidValueException e) {
            self.recordFailure(delivery.id(), null, e.getMessage(), e instanceof NoAddressException);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail " + delivery.id() + " failed unexpectedly", e);
            self.recordFailure(delivery.id(), address, "Unexpected error: " + e, false);
        }
    }

    private String addressAtKisi(Claimed delivery) {
        KisiUser user = kisi.userAtDoor(delivery.lockId(), delivery.kisiUserId());
        if (user.email().isBlank()) {
            throw new NoAddressException("Kisi has no e-mail address for user " + delivery.kisiUserId()
                    + (delivery.name() == null ? "" : " (" + delivery.name() + ")"));
        }
        return user.email();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(UUID id, String address) {
        deliveries.find(id).ifPresent(delivery -> {
            delivery.resolveAddress(address);
            delivery.sent(clock.instant());
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(UUID id, String address, String error, boolean permanent) {
        deliveries.find(id).ifPresent(delivery -> {
            delivery.resolveAddress(address);
            delivery.failed(error, permanent, clock.instant(), schedule);
            LOG.info(() -> "E-mail " + id + " to "
                    + (delivery.recipientEmail() == null
                            ? "Kisi user " + delivery.kisiUserId()
                            : delivery.recipientEmail())
                    + " failed (attempt "
                    + delivery.attempts() + ", now " + delivery.state().name().toLowerCase() + "): " + error);
        });
    }

    /** What sending one claimed delivery needs, read in the claiming transaction. */
    public record Claimed(
            UUID id,
            String name,
            String email,
            String kisiUserId,
            String lockId,
            String subject,
            String body,
            Instant snapshotAt,
            List<UUID> snapshotCameras) {

        static Claimed of(EmailDelivery d, String lockId) {
            return new Claimed(
                    d.id(),
                    d.recipientName(),
                    d.recipientEmail(),
                    d.kisiUserId(),
                    lockId,
                    d.subject(),
                    d.body(),
                    d.snapshotAt(),
                    d.snapshotCameras());
        }
    }

    private static final class NoAddressException extends RuntimeException {
        NoAddressException(String message) {
            super(message);
        }
    }
}
