package dev.threshold.application;

import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.label.LabelRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Finds labels by what a person types: "entry unlocked", "door unlocked", a token, a door or a person's name. */
@Stateless
public class LabelSearchService {

    public static final int MAX_RESULTS = 500;

    @Inject
    LabelRepository labels;

    public List<Label> findLabels(LabelQuery query, int limit) {
        return labels.search(query, Math.max(1, Math.min(limit, MAX_RESULTS)));
    }
}
