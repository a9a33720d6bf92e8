package dev.threshold.interfaces.kisi.console;

import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiCallFailedException;
import dev.threshold.application.kisi.KisiIntegrationView;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.application.webhook.WebhookCounters;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.interfaces.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Kisi settings page (admins only). Secret fields start empty and stay empty after saving: a secret is never
 * sent back to the browser, only whether it is set.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KisiSettingsService settings;

    @Inject
    WebhookCounters counters;

    @Inject
    KisiAccountService kisi;

    @Inject
    ExternalContext external;

    private KisiSettingsView current;
    private String organizationId;
    private String placeId;
    private String publicBaseUrl;
    private final SecretField signatureKey = new SecretField("signatureKey");
    private final SecretField apiToken = new SecretField("apiToken");

    @PostConstruct
    void load() {
        show(settings.currentSettings());
    }

    public void testConnection() {
        try {
            Messages.info(kisi.testConnection(PlaceSelection.FIRST).summary());
        } catch (KisiCallFailedException | InvalidValueException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void createIntegration() {
        try {
            KisiIntegrationView integration = kisi.createIntegration(PlaceSelection.FIRST, external.getRemoteUser());
            show(settings.currentSettings());
            Messages.info(integrationMessage(integration));
        } catch (KisiCallFailedException | InvalidValueException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void save() {
        try {
            show(settings.saveSettings(
                    organizationId,
                    placeId,
                    publicBaseUrl,
                    signatureKey.change(),
                    apiToken.change(),
                    external.getRemoteUser()));
            Messages.info("Settings saved.");
        } catch (InvalidValueException e) {
            Messages.refused("settings", e);
        }
    }

    /** What the admin is told after Kisi made (or updated) a place's integration; also the places page's words. */
    static String integrationMessage(KisiIntegrationView integration) {
        return (integration.created() ? "Created" : "Updated") + " the Kisi integration "
                + integration.integrationId() + ": Kisi now posts lock events to this server, signed with a new "
                + "key that is stored here.";
    }

    private void show(KisiSettingsView view) {
        current = view;
        organizationId = view.organizationId();
        placeId = view.placeId();
        publicBaseUrl = view.publicBaseUrl();
        signatureKey.reset();
        apiToken.reset();
    }

    public KisiSettingsView getCurrent() {
        return current;
    }

    public WebhookCounters.Snapshot getCounts() {
        return counters.snapshot();
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

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String v) {
        publicBaseUrl = v;
    }

    public SecretField getSignatureKey() {
        return signatureKey;
    }

    public SecretField getApiToken() {
        return apiToken;
    }
}
