package dev.threshold.interfaces.console;

import dev.threshold.application.AccessEventService;
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

    private List<RecordedEvent> events;

    @PostConstruct
    void load() {
        events = accessEvents.latestEvents(SHOWN);
    }

    public List<RecordedEvent> getEvents() {
        return events;
    }
}
