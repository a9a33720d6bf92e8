package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The e-mail settings as an admin uses them: the REST API ({@code /api/settings/email}: a broken template refused
 * naming the field, "Use default", a preview with sample data, values escaped) and the console page in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailSettingsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @AfterEach
    void backToDefaults() {
        asAdmin("PUT", "api/settings/email", "{\"useDefault\":true,\"securityAddresses\":[],\"notifyPeople\":true}");
    }

    @Test
    void aTemplateIsCheckedPreviewedAndPutBackToTheDefault() {
        HttpResponse<String> broken =
                asAdmin("PUT", "api/settings/email", "{\"bodyTemplate\":\"<p>{{#people}}never closed</p>\"}");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("\"field\":\"bodyTemplate\""), broken.body());
        assertTrue(broken.body().contains("not valid Mustache"), broken.body());

        HttpResponse<String> badAddress =
                asAdmin("PUT", "api/settings/email", "{\"securityAddresses\":[\"soc@example.com\",\"nobody\"]}");
        assertEquals(400, badAddress.statusCode(), badAddress.body());
        assertTrue(badAddress.body().contains("\"field\":\"securityAddresses\""), badAddress.body());

        HttpResponse<String> custom = asAdmin(
                "PUT",
                "api/settings/email",
                "{\"securityAddresses\":[\"SOC@example.com\"],"
                        + "\"subjectTemplate\":\"{{kind}} at {{door}}\",\"bodyTemplate\":\"<p>{{user}} & {{tailgaters}}</p>\"}");
        assertEquals(200, custom.statusCode(), custom.body());
        assertTrue(custom.body().contains("\"securityAddresses\":[\"soc@example.com\"]"), custom.body());
        assertTrue(custom.body().contains("\"defaultTemplate\":false"), custom.body());

        HttpResponse<String> preview =
                asAdmin("POST", "api/settings/email/preview", "{\"bodyTemplate\":\"<b>{{door}}</b> {{event_link}}\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(
                preview.body().contains("\"subject\":\"tailgating at Front door\""),
                "the saved subject: " + preview.body());
        assertTrue(
                preview.body().contains("<b>Front door</b> https://threshold.it.example.com/shared/incidents/"),
                preview.body());
        HttpResponse<String> savedBody = asAdmin("POST", "api/settings/email/preview", "{}");
        assertTrue(
                savedBody.body().contains("\"body\":\"<p>Ada Lovelace & 1</p>\""),
                "the saved body: " + savedBody.body());

        HttpResponse<String> useDefault = asAdmin("PUT", "api/settings/email", "{\"useDefault\":true}");
        assertEquals(200, useDefault.statusCode(), useDefault.body());
        assertTrue(useDefault.body().contains("\"defaultTemplate\":true"), useDefault.body());
        assertTrue(
                useDefault.body().contains("\"subjectTemplate\":\"Threshold: {{kind}} at {{door}}, {{time}}\""),
                useDefault.body());
        assertTrue(
                useDefault.body().contains("\"securityAddresses\":[\"soc@example.com\"]"),
                "kept: " + useDefault.body());
    }

    @Test
    void deliveriesAreListedAndBadQueriesRefused() {
        HttpResponse<String> list = asAdmin("GET", "api/settings/email/deliveries?limit=5", null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().startsWith("["), list.body());
        assertEquals(
                400,
                asAdmin("GET", "api/settings/email/deliveries?limit=0", null).statusCode());
        HttpResponse<String> badId = asAdmin("GET", "api/settings/email/deliveries?incidentId=nope", null);
        assertEquals(400, badId.statusCode());
        assertTrue(badId.body().contains("\"field\":\"incidentId\""), badId.body());
    }

    @Test
    void anAdminPreviewsEditsAndResetsTheTemplateOnTheConsole() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/email.xhtml");
            assertEquals(
                    "Threshold: {{kind}} at {{door}}, {{time}}",
                    browser.waitFor(By.id("email:subjectTemplate")).getAttribute("value"));

            browser.driver.findElement(By.id("email:preview")).click();
            browser.waitForText(By.id("email:previewSubject"), "Threshold: tailgating at Front door,");
            String srcdoc = browser.driver.findElement(By.id("previewBody")).getAttribute("srcdoc");
            assertTrue(srcdoc.contains("Hello Ada Lovelace,"), srcdoc);
            browser.screenshot("email-settings-preview");

            browser.type(By.id("email:bodyTemplate"), "{{#people}}");
            browser.driver.findElement(By.id("email:save")).click();
            browser.waitForText(By.id("email"), "The body template is not valid Mustache");

            browser.type(By.id("email:subjectTemplate"), "Door {{door}}");
            browser.type(By.id("email:bodyTemplate"), "<p>{{user}}</p>");
            browser.driver.findElement(By.id("email:save")).click();
            browser.waitForText(By.id("messages"), "E-mail settings saved.");
            browser.driver.findElement(By.id("email:useDefault")).click();
            browser.wait.until(d -> d.findElement(By.id("email:subjectTemplate"))
                    .getAttribute("value")
                    .equals("Threshold: {{kind}} at {{door}}, {{time}}"));
        }
    }
}
