package dev.threshold.interfaces.door.console;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.door.DoorMappingService;
import dev.threshold.application.door.DoorPlaceService;
import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiLockView;
import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.application.kisi.KisiPlaceView;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.interfaces.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The doors page (admins only): which cameras watch which Kisi lock. The cameras are picked among those that exist.
 * A lock is found by searching Kisi's list (page by page, {@link KisiLockPicker}) when an API token is set, or typed
 * by its id. Per door, whether the e-mails about a doubtful incident (low-confidence crossings
 * only) wait until a reviewer confirms it. Where there is more than one Kisi place, the door's place is chosen here
 * too: the lock search then searches that place's locks with its own API token.
 */
@Named
@ViewScoped
public class DoorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DoorMappingService mapping;

    private List<Door> doors;
    private String lockId;
    private String lockName;
    private List<String> cameraNames = new ArrayList<>();
    private boolean holdDoubtfulEmail;
    private int heldOpenMaxSeconds = Door.DEFAULT_HELD_OPEN_MAX_SECONDS;

    @Inject
    KisiAccountService kisi;

    @Inject
    KisiSettingsService settings;

    @Inject
    CameraService cameraService;

    @Inject
    DoorPlaceService doorPlaces;

    @Inject
    KisiPlaceService kisiPlaces;

    @Inject
    ExternalContext external;

    /** The door's place as the selector posts it: "first" or a further place's id. */
    private String place = PlaceSelection.FIRST_ID;

    /** Names of the cameras that exist: a door's cameras are picked from these, never typed. */
    private List<String> cameraChoices = List.of();

    private final KisiLockPicker lockPicker = new KisiLockPicker();
    private KisiLockView pickedLock;
    private boolean kisiLocksSearchable;
    private String kisiLocksProblem;

    @PostConstruct
    void load() {
        doors = mapping.doors();
        cameraChoices = cameraService.cameras().stream()
                .map(Camera::name)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    /** Kisi's locks are searched only with an API token (of any place); otherwise IDs are typed. */
    public void loadKisiLocks() {
        kisiLocksSearchable = settings.currentSettings().apiTokenSet()
                || kisiPlaces.places().stream().anyMatch(KisiPlaceView::apiTokenSet);
        kisiLocksProblem = kisiLocksSearchable
                ? null
                : "No Kisi API token is set: type the lock IDs, or set a token "
                        + "in Kisi settings to search the place's locks.";
    }

    /** The search box's suggestions: one page of the chosen place's Kisi locks matching what was typed. */
    public List<KisiLockView> searchLocks(String query) {
        try {
            return lockPicker.suggest(kisi, PlaceSelection.parse(place), query);
        } catch (InvalidValueException e) {
            Messages.error("doorForm:place", e.getMessage());
            return List.of();
        }
    }

    /** Picking a lock from the search fills in its id and name. */
    public void pickLock() {
        if (pickedLock != null) {
            lockId = pickedLock.id();
            lockName = pickedLock.name();
        }
    }

    public void save() {
        try {
            // Both refused before the mapping is saved: nothing half-written.
            Door.validHeldOpenMax(heldOpenMaxSeconds);
            PlaceSelection chosen = chosenPlace();
            Door saved = mapping.mapDoor(lockId, lockName, cameraNames);
            saved = mapping.changeSettings(saved.lockId(), holdDoubtfulEmail, heldOpenMaxSeconds)
                    .orElse(saved);
            if (!Objects.equals(saved.placeId(), chosen.placeId())) {
                doorPlaces.move(saved.lockId(), chosen.placeId(), external.getRemoteUser());
            }
            Messages.info(saved.displayName() + ": "
                    + (saved.cameras().isEmpty()
                            ? "no cameras"
                            : String.join(
                                    ", ",
                                    saved.cameras().stream().map(Camera::name).toList()))
                    + "."
                    + (saved.holdsDoubtfulEmail() ? " E-mails about doubtful incidents wait for a review." : ""));
            clear();
            load();
        } catch (InvalidValueException e) {
            Messages.error("doorForm:" + (e.field() == null ? "lockId" : e.field()), e.getMessage());
        }
    }

    /** The place chosen (the first where the page offers no choice), refused when it does not exist. */
    private PlaceSelection chosenPlace() {
        PlaceSelection chosen = PlaceSelection.parse(place);
        if (chosen == null) {
            return PlaceSelection.FIRST;
        }
        kisiPlaces.refuseUnknown(chosen);
        return chosen;
    }

    public void edit(Door door) {
        pickedLock = null;
        place = new PlaceSelection(door.placeId()).text();
        lockId = door.lockId();
        lockName = door.name();
        cameraNames = new ArrayList<>(door.cameras().stream().map(Camera::name).toList());
        holdDoubtfulEmail = door.holdsDoubtfulEmail();
        heldOpenMaxSeconds = door.heldOpenMaxSeconds();
    }

    public void forget(Door door) {
        mapping.forgetDoor(door.lockId());
        Messages.info(door.displayName() + " removed; its past events keep their labels.");
        load();
    }

    public void clear() {
        pickedLock = null;
        lockId = null;
        lockName = null;
        cameraNames = new ArrayList<>();
        holdDoubtfulEmail = false;
        heldOpenMaxSeconds = Door.DEFAULT_HELD_OPEN_MAX_SECONDS;
        place = PlaceSelection.FIRST_ID;
    }

    /** The name of a door's place, as the place selector shows it. */
    public String placeOf(Door door, List<PlaceOptions.PlaceOption> options) {
        String id = new PlaceSelection(door.placeId()).text();
        return options.stream()
                .filter(o -> o.id().equals(id))
                .map(PlaceOptions.PlaceOption::name)
                .findFirst()
                .orElse(id);
    }

    public String camerasOf(Door door) {
        return String.join(", ", door.cameras().stream().map(Camera::name).toList());
    }

    public List<Door> getDoors() {
        return doors;
    }

    public List<String> getCameraChoices() {
        return cameraChoices;
    }

    public boolean isKisiLocksSearchable() {
        return kisiLocksSearchable;
    }

    public String getKisiLocksProblem() {
        return kisiLocksProblem;
    }

    public String getLockSearchMoreText() {
        return lockPicker.moreText();
    }

    public int getLockSuggestions() {
        return KisiLockPicker.SUGGESTIONS;
    }

    public Converter<KisiLockView> getLockConverter() {
        return lockPicker.converter();
    }

    public KisiLockView getPickedLock() {
        return pickedLock;
    }

    public void setPickedLock(KisiLockView v) {
        pickedLock = v;
    }

    public String getLockId() {
        return lockId;
    }

    public void setLockId(String v) {
        lockId = v;
    }

    public String getLockName() {
        return lockName;
    }

    public void setLockName(String v) {
        lockName = v;
    }

    public boolean isHoldDoubtfulEmail() {
        return holdDoubtfulEmail;
    }

    public void setHoldDoubtfulEmail(boolean v) {
        holdDoubtfulEmail = v;
    }

    public int getHeldOpenMaxSeconds() {
        return heldOpenMaxSeconds;
    }

    public void setHeldOpenMaxSeconds(int v) {
        heldOpenMaxSeconds = v;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String v) {
        place = v;
    }

    public List<String> getCameraNames() {
        return cameraNames;
    }

    public void setCameraNames(List<String> v) {
        cameraNames = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }
}
