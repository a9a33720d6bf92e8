package dev.threshold.interfaces.door.console;

import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.domain.door.PlaceSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kisi places a console filter offers: the first place (the Kisi settings') and the further ones, by the value a
 * {@code place} parameter takes. A page shows its place selector only where there is more than one place.
 */
@Named
@RequestScoped
public class PlaceOptions {

    /** One choice: {@code id} is "first" or a further place's id. */
    public record PlaceOption(String id, String name) {}

    @Inject
    KisiPlaceService places;

    @Inject
    KisiSettingsService settings;

    private List<PlaceOption> all;

    public List<PlaceOption> getAll() {
        if (all == null) {
            all = new ArrayList<>();
            if (settings.currentSettings().configured()) {
                all.add(new PlaceOption(PlaceSelection.FIRST_ID, "First place (Kisi settings)"));
            }
            places.places().forEach(p -> all.add(new PlaceOption(p.id().toString(), p.name())));
        }
        return all;
    }

    public boolean isSeveral() {
        return getAll().size() > 1;
    }
}
