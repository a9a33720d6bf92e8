package dev.threshold.interfaces.notification.console;

import dev.threshold.application.notification.EmailDeliveryView;
import dev.threshold.application.notification.EmailPreview;
import dev.threshold.application.notification.EmailSettingsService;
import dev.threshold.application.notification.EmailSettingsView;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.interfaces.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The e-mail page (admins only): who is told about incidents, the template with "Use default" and a preview with
 * sample data, and the latest e-mails with their state, so that a mail server that refuses is seen.
 */
@Named
@ViewScoped
public class EmailView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN_DELIVERIES = 50;

    @Inject
    EmailSettingsService settings;

    @Inject
    ExternalContext external;

    private EmailSettingsView current;
    private boolean notifyPeople;
    private String securityAddresses;
    private String subjectTemplate;
    private String bodyTemplate;
    private String previewSubject;
    private String previewBody;
    private List<EmailDeliveryView> deliveries;

    @PostConstruct
    void load() {
        show(settings.currentSettings());
        deliveries = settings.latestDeliveries(SHOWN_DELIVERIES);
    }

    public void save() {
        try {
            show(settings.saveSettings(
                    notifyPeople, addresses(), subjectTemplate, bodyTemplate, external.getRemoteUser()));
            Messages.info("E-mail settings saved.");
        } catch (InvalidValueException e) {
            Messages.refused("email", e);
        }
    }

    public void useDefault() {
        subjectTemplate = null;
        bodyTemplate = null;
        save();
        preview();
    }

    public void preview() {
        try {
            EmailPreview email = settings.preview(subjectTemplate, bodyTemplate);
            previewSubject = email.subject();
            previewBody = email.body();
        } catch (InvalidValueException e) {
            previewSubject = null;
            previewBody = null;
            Messages.refused("email", e);
        }
    }

    public void refreshDeliveries() {
        deliveries = settings.latestDeliveries(SHOWN_DELIVERIES);
    }

    private List<String> addresses() {
        return securityAddresses == null ? List.of() : Arrays.asList(securityAddresses.split("\\R"));
    }

    private void show(EmailSettingsView view) {
        current = view;
        notifyPeople = view.notifyPeople();
        securityAddresses = String.join("\n", view.securityAddresses());
        subjectTemplate = view.subjectTemplate();
        bodyTemplate = view.bodyTemplate();
    }

    public EmailSettingsView getCurrent() {
        return current;
    }

    public boolean isNotifyPeople() {
        return notifyPeople;
    }

    public void setNotifyPeople(boolean v) {
        notifyPeople = v;
    }

    public String getSecurityAddresses() {
        return securityAddresses;
    }

    public void setSecurityAddresses(String v) {
        securityAddresses = v;
    }

    public String getSubjectTemplate() {
        return subjectTemplate;
    }

    public void setSubjectTemplate(String v) {
        subjectTemplate = v;
    }

    public String getBodyTemplate() {
        return bodyTemplate;
    }

    public void setBodyTemplate(String v) {
        bodyTemplate = v;
    }

    public String getPreviewSubject() {
        return previewSubject;
    }

    public String getPreviewBody() {
        return previewBody;
    }

    public List<EmailDeliveryView> getDeliveries() {
        return deliveries;
    }
}
