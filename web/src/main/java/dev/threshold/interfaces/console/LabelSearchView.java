package dev.threshold.interfaces.console;

import dev.threshold.application.LabelSearchService;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The search page: labels matching what the admin typed ("entry unlocked", a door, a person). */
@Named
@RequestScoped
public class LabelSearchView {

    @Inject
    LabelSearchService search;

    @Inject
    FacesContext faces;

    private String q;
    private List<Label> results = List.of();

    /** Runs the search given in the page's {@code q} parameter, if any (so that a search is a link to share). */
    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            results = search.findLabels(LabelQuery.parse(q), 200);
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public List<Label> getResults() { return results; }
}
