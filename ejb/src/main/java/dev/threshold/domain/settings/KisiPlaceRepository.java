package dev.threshold.domain.settings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the further Kisi places are kept (the first place is {@link KisiSettings}). */
public interface KisiPlaceRepository {

    /** All further places, oldest first. */
    List<KisiPlace> all();

    Optional<KisiPlace> find(UUID id);

    /** The place of these Kisi ids, if one is configured: their pair is unique. */
    Optional<KisiPlace> findByKisiIds(String organizationId, String placeId);

    Optional<KisiPlace> findByName(String name);

    void store(KisiPlace place);

    void remove(KisiPlace place);
}
