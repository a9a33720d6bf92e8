package dev.threshold.application.door;

import dev.threshold.application.door.KnownDoors.KnownDoor;
import dev.threshold.application.notification.AlertSnapshots;
import dev.threshold.application.notification.DoorAlertRecipients;
import dev.threshold.application.notification.EmailDispatcher;
import dev.threshold.application.notification.EmailsQueued;
import dev.threshold.application.notification.IncidentLinks;
import dev.threshold.application.notification.NotificationService;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.alert.DeniedBursts;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Door alerts: e-mails about door events as Kisi reports them, to whom the door's alert settings name
 * ({@link DoorAlertRecipients}). A forced-open door ({@code lock.forced_open}), a door held open
 * ({@code lock.held_open}: Kisi's own judgement that the door stayed open past its limit) and a burst of denied
 * badges ({@code threshold.alerts.denied-burst.count} denied unlocks at one door within
 * {@code threshold.alerts.denied-burst.seconds}, see {@link DeniedBursts}). The e-mails are written in the event's
 * transaction and leave right after its commit ({@link EmailDispatcher}), each with the picture of every camera of
 * the door at the event's moment, attached when it is sent ({@link AlertSnapshots}). Tailgating is an incident: its
 * e-mails are {@link NotificationService}'s, to the recipients of the door's tailgating alert.
 */
@ApplicationScoped
public class DoorEventAlerts {

    private static final Logger LOG = Logger.getLogger(DoorEventAlerts.class.getName());

    @Inject
    DoorAlertRecipients recipients;

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    IncidentLinks links;

    @Inject
    Event<EmailsQueued> queued;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "threshold.mail.time-zone", defaultValue = "UTC")
    String timeZone;

    @Inject
    @ConfigProperty(name = "threshold.alerts.denied-burst.count", defaultValue = "5")
    int burstCount;

    @Inject
    @ConfigProperty(name = "threshold.alerts.denied-burst.seconds", defaultValue = "60")
    long burstSeconds;

    private DeniedBursts bursts;
    private final EmailRenderer renderer = new EmailRenderer();

    @PostConstruct
    void init() {
        bursts = new DeniedBursts(burstCount, Duration.ofSeconds(burstSeconds));
    }

    /**
     * Writes the alerts a new lock event calls for, in the caller's transaction. Never throws: an alert that cannot
     * be written is logged, and the event is stored all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(KisiEvent event, KnownDoor door) {
        try {
            kindOf(event, door.lockId()).ifPresent(kind -> alert(kind, event, door));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The " + event.type() + " alert of door " + door.lockId() + " (event " + event.uuid()
                            + ") could not be written; the event is kept",
                    e);
        }
    }

    private Optional<AlertKind> kindOf(KisiEvent event, String lockId) {
        return switch (event.type()) {
            case "lock.forced_open" -> Optional.of(AlertKind.FORCED_OPEN);
            case "lock.held_open" -> Optional.of(AlertKind.HELD_OPEN);
            case "lock.unlock" ->
                event.failed() && bursts.denied(lockId, event.createdAt())
                        ? Optional.of(AlertKind.DENIED_BURST)
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    private void alert(AlertKind kind, KisiEvent event, KnownDoor door) {
        AlertRecipients to = recipients.of(door.lockId(), kind);
        if (to.securityAddresses().isEmpty()) {
            return; // nobody (a badge holder is told of tailgating only)
        }
        List<Camera> cameras = door.cameras();
        EmailRenderer.RenderedEmail email = renderer.render(
                EmailTemplate.DOOR_ALERT,
                DoorAlertEmailValues.of(
                        kind,
                        door.name() == null ? "lock " + door.lockId() : door.name(),
                        event.createdAt(),
                        detail(kind, event),
                        cameras,
                        links.baseUrl(),
                        ZoneId.of(timeZone)));
        Instant now = clock.instant();
        List<java.util.UUID> cameraIds = cameras.stream().map(Camera::id).toList();
        for (String address : to.securityAddresses()) {
            deliveries.store(EmailDelivery.doorAlert(
                    door.lockId(),
                    kind.name(),
                    address,
                    email.subject(),
                    email.body(),
                    now,
                    event.createdAt(),
                    cameraIds));
        }
        queued.fire(new EmailsQueued(to.securityAddresses().size()));
        LOG.info(() -> "Door " + door.lockId() + ": " + kind.words() + " alert to "
                + to.securityAddresses().size() + " address(es), event " + event.uuid());
    }

    private String detail(AlertKind kind, KisiEvent event) {
        String who = event.actorName() == null || event.actorName().isBlank() ? null : event.actorName();
        return switch (kind) {
            case DENIED_BURST ->
                bursts.count() + " denied badges within " + bursts.window().toSeconds() + " s"
                        + (who == null ? "" : ", the last of " + who);
            case FORCED_OPEN -> "opened without an unlock";
            case HELD_OPEN ->
                "the door stayed open past its limit" + (who == null ? "" : ", after the unlock of " + who);
            case TAILGATING -> null;
        };
    }
}
