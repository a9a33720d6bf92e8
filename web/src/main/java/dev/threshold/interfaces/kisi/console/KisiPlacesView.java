package dev.threshold.interfaces.kisi.console;

import static dev.threshold.interfaces.kisi.console.SettingsView.integrationMessage;

import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiCallFailedException;
import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.application.kisi.KisiPlaceView;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.interfaces.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Kisi places page (admins only): the places this server serves, the first one (the Kisi settings, changed on
 * their page) and the further ones, added, changed and removed here through the same services as
 * {@code /api/settings/kisi/places}. A secret is never sent back to the browser, only whether it is set.
 */
@Named
@ViewScoped
public class KisiPlacesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the list; {@code id} is "first" or a further place's id. */
    public record Row(
            String id,
            String name,
            boolean first,
            String organizationId,
            String placeId,
            boolean signatureKeySet,
            boolean apiTokenSet,
            long doors)
            implements Serializable {}

    @Inject
    KisiPlaceService places;

    @Inject
    KisiSettingsService settings;

    @Inject
    KisiAccountService kisi;

    @Inject
    ExternalContext external;

    private List<Row> rows;
    /** The place being edited; null while the form adds one. */
    private UUID editing;

    private String name;
    private String organizationId;
    private String placeId;
    private final SecretField signatureKey = new SecretField("signatureKey");
    private final SecretField apiToken = new SecretField("apiToken");
    private boolean signatureKeySet;
    private boolean apiTokenSet;

    @PostConstruct
    void load() {
        list();
        startAdding();
    }

    public void startAdding() {
        show(null, "", "", "", false, false);
    }

    public void edit(String id) {
        Optional<KisiPlaceView> place = places.place(UUID.fromString(id));
        place.ifPresentOrElse(
                p -> show(p.id(), p.name(), p.organizationId(), p.placeId(), p.signatureKeySet(), p.apiTokenSet()),
                this::gone);
    }

    public void save() {
        String by = external.getRemoteUser();
        try {
            if (editing == null) {
                KisiPlaceView added =
                        places.add(name, organizationId, placeId, signatureKey.change(), apiToken.change(), by);
                Messages.info("Added the place " + added.name() + ".");
            } else {
                Optional<KisiPlaceView> changed = places.change(
                        editing, name, organizationId, placeId, signatureKey.change(), apiToken.change(), by);
                if (changed.isEmpty()) {
                    gone();
                    return;
                }
                Messages.info("Saved the place " + changed.get().name() + ".");
            }
            list();
            startAdding();
        } catch (InvalidValueException e) {
            Messages.refused("place", e);
        }
    }

    public void remove(String id) {
        Row row = row(id);
        switch (places.remove(UUID.fromString(id), external.getRemoteUser())) {
            case REMOVED -> Messages.info("Removed the place " + row.name() + ".");
            case NOT_FOUND -> Messages.warn("That place was removed meanwhile.");
            case HAS_DOORS ->
                Messages.error(
                        null,
                        row.name() + " still has doors: it is not removed. Move them to "
                                + "another place on the Doors page first.");
        }
        list();
        if (UUID.fromString(id).equals(editing)) {
            startAdding();
        }
    }

    public void testConnection(String id) {
        try {
            Messages.info(row(id).name() + ": "
                    + kisi.testConnection(PlaceSelection.parse(id)).summary());
        } catch (KisiCallFailedException | InvalidValueException e) {
            Messages.error(null, row(id).name() + ": " + e.getMessage());
        }
    }

    public void createIntegration(String id) {
        try {
            Messages.info(row(id).name() + ": "
                    + integrationMessage(kisi.createIntegration(PlaceSelection.parse(id), external.getRemoteUser())));
        } catch (KisiCallFailedException | InvalidValueException e) {
            Messages.error(null, row(id).name() + ": " + e.getMessage());
        }
        list();
    }

    private void list() {
        List<Row> all = new ArrayList<>();
        KisiSettingsView first = settings.currentSettings();
        if (first.configured()) {
            all.add(new Row(
                    PlaceSelection.FIRST_ID,
                    "First place (Kisi settings)",
                    true,
                    first.organizationId(),
                    first.placeId(),
                    first.signatureKeySet(),
                    first.apiTokenSet(),
                    places.doorCount(PlaceSelection.FIRST)));
        }
        for (KisiPlaceView p : places.places()) {
            all.add(new Row(
                    p.id().toString(),
                    p.name(),
                    false,
                    p.organizationId(),
                    p.placeId(),
                    p.signatureKeySet(),
                    p.apiTokenSet(),
                    places.doorCount(new PlaceSelection(p.id()))));
        }
        rows = all;
    }

    private Row row(String id) {
        return rows.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseGet(() -> new Row(id, "Place " + id, false, "", "", false, false, 0));
    }

    private void gone() {
        Messages.warn("That place was removed meanwhile.");
        list();
        startAdding();
    }

    private void show(UUID id, String name, String organizationId, String placeId, boolean keySet, boolean tokenSet) {
        editing = id;
        this.name = name;
        this.organizationId = organizationId;
        this.placeId = placeId;
        signatureKeySet = keySet;
        apiTokenSet = tokenSet;
        signatureKey.reset();
        apiToken.reset();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public boolean isSignatureKeySet() {
        return signatureKeySet;
    }

    public boolean isApiTokenSet() {
        return apiTokenSet;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String v) {
        organizationId = v;
    }

    public String getPlaceId() {
        return placeId;
    }

    public void setPlaceId(String v) {
        placeId = v;
    }

    public SecretField getSignatureKey() {
        return signatureKey;
    }

    public SecretField getApiToken() {
        return apiToken;
    }
}
