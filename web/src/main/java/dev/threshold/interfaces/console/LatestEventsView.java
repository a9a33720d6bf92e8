package dev.threshold.interfaces.console;

import dev.threshold.application.AccessEventService;
import dev.threshold.application.KisiSettingsService;
import dev.threshold.application.RecordedEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the latest door events, newest first. */
@Named
@RequestScoped
public class LatestEventsView {

    static final int SHOWN = 50;

    @Inject
    AccessEventService accessEvents;

    @Inject
    KisiSettingsService settings;

    private List<RecordedEvent> events;
    private boolean acceptingUnsigned;

    @PostConstruct
    void load() {
        events = accessEvents.latestEvents(SHOWN);
        acceptingUnsigned = !settings.currentSettings().signatureKeySet();
    }

    /** True while no signature key is set: anyone who reaches /kisi/events can post events. */
    public boolean isAcceptingUnsigned() {
        return acceptingUnsigned;
    }

    public List<RecordedEvent> getEvents() {
        return events;
    }
}
