package dev.threshold.interfaces.door.console;

import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiCallFailedException;
import dev.threshold.application.kisi.KisiLockPageView;
import dev.threshold.application.kisi.KisiLockView;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.interfaces.console.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The Doors page's lock search box: what the admin types is searched by Kisi, one page at a time, so that a place
 * with thousands of locks never has its whole list fetched. Remembers the locks it offered, so that the one picked
 * comes back as a lock (its id is what the page posts).
 */
final class KisiLockPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions shown per search: one more is asked for, to know whether to say that more locks match. */
    static final int SUGGESTIONS = 20;

    private final Map<String, KisiLockView> offered = new LinkedHashMap<>();
    private long total = KisiLockPageView.UNKNOWN;

    /**
     * The first locks of the place whose name matches {@code query}; Kisi's refusal (or the place's missing token) is
     * shown in the page's messages.
     */
    List<KisiLockView> suggest(KisiAccountService kisi, PlaceSelection place, String query) {
        offered.clear();
        try {
            KisiLockPageView page = kisi.lockPage(place, query, 0, SUGGESTIONS + 1);
            total = page.total();
            page.locks().forEach(lock -> offered.put(lock.id(), lock));
            return page.locks();
        } catch (KisiCallFailedException | InvalidValueException e) {
            total = KisiLockPageView.UNKNOWN;
            Messages.error(null, e.getMessage());
            PrimeFaces.current().ajax().update("messages"); // the search's answer renders only its own list
            return List.of();
        }
    }

    /** Below the suggestions when more locks match than are shown. */
    String moreText() {
        return (total == KisiLockPageView.UNKNOWN ? "More locks match" : String.format("%,d locks match", total))
                + ": type more of the name";
    }

    /** Posts a lock as its id and reads it back from the locks just offered (a lock never offered is no lock). */
    Converter<KisiLockView> converter() {
        return new Converter<>() {
            @Override
            public KisiLockView getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null ? null : offered.get(value);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, KisiLockView lock) {
                return lock == null ? "" : lock.id();
            }
        };
    }
}
