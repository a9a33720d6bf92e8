package dev.threshold.interfaces.door.console;

import dev.threshold.application.door.DoorAlertService;
import dev.threshold.application.door.DoorMappingService;
import dev.threshold.application.notification.DoorAlertsView;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.door.Door;
import dev.threshold.interfaces.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The door alerts page: for a door picked from the list, who is e-mailed about each kind of door event. Admins
 * change it (all kinds are checked before any is saved); operators read it.
 */
@Named("doorAlertSettings")
@ViewScoped
public class DoorAlertSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DoorAlertService alerts;

    @Inject
    DoorMappingService mapping;

    private List<Door> doors;
    private String lockId;
    private List<KindRow> rows = List.of();

    @PostConstruct
    void load() {
        doors = mapping.doors();
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("lock");
        lockId = asked != null ? asked : doors.isEmpty() ? null : doors.get(0).lockId();
        pickDoor();
    }

    /** Shows the picked door's settings. */
    public void pickDoor() {
        rows = lockId == null
                ? List.of()
                : alerts.alertsOf(lockId).map(DoorAlertSettingsView::rowsOf).orElseGet(() -> {
                    Messages.warn("No door with lock id " + lockId);
                    return List.of();
                });
    }

    public void save() {
        Map<AlertKind, Optional<AlertRecipients>> changes = new EnumMap<>(AlertKind.class);
        try {
            for (KindRow row : rows) {
                changes.put(
                        row.kind,
                        row.useDefault
                                ? Optional.empty()
                                : Optional.of(AlertRecipients.of(
                                        row.kind,
                                        List.of(row.addresses == null ? "" : row.addresses),
                                        row.badgeHolder && row.kind.hasBadgeHolder())));
            }
            String by = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            alerts.change(lockId, changes, by).ifPresent(saved -> {
                rows = rowsOf(saved);
                Messages.info("Alerts of " + saved.doorName() + " saved.");
            });
        } catch (InvalidValueException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private static List<KindRow> rowsOf(DoorAlertsView view) {
        List<KindRow> rows = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            DoorAlertsView.Setting setting = view.kinds().get(kind);
            rows.add(new KindRow(
                    kind,
                    setting.isDefault(),
                    String.join(", ", setting.recipients().securityAddresses()),
                    setting.recipients().badgeHolder(),
                    describe(setting)));
        }
        return rows;
    }

    /** "soc@example.com and the badge holder", "nobody", with "(default)" when it is the default. */
    private static String describe(DoorAlertsView.Setting setting) {
        AlertRecipients r = setting.recipients();
        List<String> who = new ArrayList<>(r.securityAddresses());
        if (r.badgeHolder()) {
            who.add("the badge holder");
        }
        return (who.isEmpty() ? "nobody" : String.join(", ", who)) + (setting.isDefault() ? " (default)" : "");
    }

    public List<Door> getDoors() {
        return doors;
    }

    public String getLockId() {
        return lockId;
    }

    public void setLockId(String lockId) {
        this.lockId = lockId;
    }

    public List<KindRow> getRows() {
        return rows;
    }

    /** One kind of door event in the form. */
    public static final class KindRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AlertKind kind;
        private boolean useDefault;
        private String addresses;
        private boolean badgeHolder;
        private final String now;

        KindRow(AlertKind kind, boolean useDefault, String addresses, boolean badgeHolder, String now) {
            this.kind = kind;
            this.useDefault = useDefault;
            this.addresses = addresses;
            this.badgeHolder = badgeHolder;
            this.now = now;
        }

        public String getKey() {
            return kind.apiName();
        }

        public String getLabel() {
            return switch (kind) {
                case FORCED_OPEN -> "Door forced open";
                case HELD_OPEN -> "Door held open past its limit";
                case TAILGATING -> "Tailgating (an incident)";
                case DENIED_BURST -> "Burst of denied badges";
            };
        }

        public boolean isBadgeHolderPossible() {
            return kind.hasBadgeHolder();
        }

        public boolean isUseDefault() {
            return useDefault;
        }

        public void setUseDefault(boolean useDefault) {
            this.useDefault = useDefault;
        }

        public String getAddresses() {
            return addresses;
        }

        public void setAddresses(String addresses) {
            this.addresses = addresses;
        }

        public boolean isBadgeHolder() {
            return badgeHolder;
        }

        public void setBadgeHolder(boolean badgeHolder) {
            this.badgeHolder = badgeHolder;
        }

        public String getNow() {
            return now;
        }
    }
}
