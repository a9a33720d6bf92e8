package dev.threshold.interfaces.webhook.console;

import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.webhook.AccessEventService;
import dev.threshold.application.webhook.RecordedEvent;
import dev.threshold.application.webhook.WebhookTrust;
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

    @Inject
    WebhookTrust trust;

    private List<RecordedEvent> events;
    private boolean acceptingUnsigned;
    private boolean noSignatureKey;

    @PostConstruct
    void load() {
        events = accessEvents.latestEvents(SHOWN);
        noSignatureKey = !settings.currentSettings().signatureKeySet();
        acceptingUnsigned = noSignatureKey && trust.allowUnsigned();
    }

    /**
     * True while no signature key is set and threshold.kisi.allow-unsigned is on: anyone who reaches /kisi/events can
     * post events.
     */
    public boolean isAcceptingUnsigned() {
        return acceptingUnsigned;
    }

    /** True while no signature key is set and unsigned events are refused: no Kisi event gets in. */
    public boolean isRefusingEverything() {
        return noSignatureKey && !acceptingUnsigned;
    }

    public List<RecordedEvent> getEvents() {
        return events;
    }
}
