package dev.threshold.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What sign-in may return to: console pages only, never a resource, the sign-in page or another application. */
class ConsoleLandingTest {

    @Test
    void consolePagesAreKeptWithTheirQuery() {
        assertTrue(ConsoleLanding.isConsolePage("http://localhost:8080/ui/home.xhtml", ""));
        assertTrue(ConsoleLanding.isConsolePage("http://localhost:8080/ui/viewer.xhtml?camera=1&at=2", ""));
        assertTrue(ConsoleLanding.isConsolePage("/ui/incidents.xhtml", ""));
        assertTrue(ConsoleLanding.isConsolePage("https://threshold.example.com/app/ui/search.xhtml", "/app"));
    }

    @Test
    void resourcesTheSignInPageAndOtherPathsAreNot() {
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/favicon.ico", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/ui/favicon.ico", ""));
        assertFalse(ConsoleLanding.isConsolePage(
                "http://localhost:8080/ui/jakarta.faces.resource/threshold/viewer.js.xhtml?ln=x", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/ui/jakarta.faces.resource/core.js.xhtml", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/ui/login.xhtml", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/ui/", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/api/labels", ""));
        assertFalse(ConsoleLanding.isConsolePage("http://localhost:8080/ui/../api/x.xhtml", ""));
        assertFalse(ConsoleLanding.isConsolePage("not a uri at all ::", ""));
    }
}
