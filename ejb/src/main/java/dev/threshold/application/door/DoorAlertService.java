package dev.threshold.application.door;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.notification.DoorAlertRecipients;
import dev.threshold.application.notification.DoorAlertsView;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.alert.DoorAlertRule;
import dev.threshold.domain.alert.DoorAlertRuleRepository;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A door's alert settings: per kind of door event, who is e-mailed (see {@link DoorAlertRecipients}). A change
 * names the kinds it sets; each is checked before anything is written, so that a bad one changes nothing.
 */
@Stateless
public class DoorAlertService {

    @Inject
    DoorRepository doors;

    @Inject
    DoorAlertRuleRepository rules;

    @Inject
    DoorAlertRecipients recipients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @return empty when there is no such door */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Optional<DoorAlertsView> alertsOf(String lockId) {
        return doors.find(Door.validLockId(lockId)).map(this::view);
    }

    /**
     * Sets the named kinds; the others keep what they had. A kind mapped to {@code null} goes back to the default.
     * The recipients are already checked ({@link AlertRecipients#of}).
     *
     * @return empty when there is no such door
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<DoorAlertsView> change(
            String lockId, Map<AlertKind, Optional<AlertRecipients>> changes, String by) {
        Optional<Door> door = doors.find(Door.validLockId(lockId));
        door.ifPresent(d -> {
            JsonObject before = state(d.lockId());
            Instant now = clock.instant();
            changes.forEach((kind, chosen) -> {
                Optional<DoorAlertRule> rule = rules.find(d.lockId(), kind);
                if (chosen.isEmpty()) {
                    rule.ifPresent(rules::remove);
                } else if (rule.isPresent()) {
                    rule.get().change(chosen.get(), now, by);
                } else {
                    rules.store(new DoorAlertRule(d.lockId(), kind, chosen.get(), now, by));
                }
            });
            audit.record("door.alerts-changed", "door/" + d.lockId(), before, state(d.lockId()));
        });
        return door.map(this::view);
    }

    private DoorAlertsView view(Door door) {
        return new DoorAlertsView(door.lockId(), door.displayName(), recipients.allOf(door.lockId()));
    }

    /** What the audit trail keeps of a door's alerts: each kind's recipients, or "default". */
    private JsonObject state(String lockId) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        recipients.allOf(lockId).forEach((kind, setting) -> {
            if (setting.isDefault()) {
                json.add(kind.apiName(), "default");
            } else {
                json.add(
                        kind.apiName(),
                        JSON.createObjectBuilder()
                                .add(
                                        "securityAddresses",
                                        JSON.createArrayBuilder(
                                                setting.recipients().securityAddresses()))
                                .add("badgeHolder", setting.recipients().badgeHolder()));
            }
        });
        return json.build();
    }
}
