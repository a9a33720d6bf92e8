package dev.threshold.application.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.notification.AlertSnapshots;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The e-mail of a door alert as its recipients read it. */
class DoorAlertEmailValuesTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:30:05Z");
    private final EmailRenderer renderer = new EmailRenderer();

    @Test
    void aForcedOpenDoorsEmailNamesTheDoorTheMomentAndEachCamerasVideo() {
        Camera lobby = new Camera("Lobby <east>", AT);
        EmailRenderer.RenderedEmail email = renderer.render(
                EmailTemplate.DOOR_ALERT,
                DoorAlertEmailValues.of(
                        AlertKind.FORCED_OPEN,
                        "Front & back",
                        AT,
                        "opened without an unlock",
                        List.of(lobby),
                        "https://threshold.example.com",
                        ZoneId.of("UTC")));

        assertEquals("Threshold: door forced open at Front & back, 6 Dec 2026, 10:30:05 UTC", email.subject());
        assertTrue(
                email.body().contains("<strong>door forced open</strong> at <strong>Front &amp; back</strong>"),
                email.body());
        assertTrue(email.body().contains("attached (Lobby &lt;east&gt;)"), email.body());
        assertTrue(
                email.body().contains("https://threshold.example.com/ui/viewer.xhtml?camera&#61;" + lobby.id()),
                email.body());
    }

    @Test
    void aDoorNoCameraWatchesSaysThereIsNoPicture() {
        EmailRenderer.RenderedEmail email = renderer.render(
                EmailTemplate.DOOR_ALERT,
                DoorAlertEmailValues.of(
                        AlertKind.DENIED_BURST,
                        "Garage",
                        AT,
                        "5 denied badges within 60 s",
                        List.of(),
                        "https://threshold.example.com",
                        ZoneId.of("UTC")));

        assertEquals("Threshold: a burst of denied badges at Garage, 6 Dec 2026, 10:30:05 UTC", email.subject());
        assertTrue(email.body().contains("5 denied badges within 60 s"), email.body());
        assertTrue(email.body().contains("No camera watches this door"), email.body());
    }

    @Test
    void aSnapshotsFileNameIsSafe() {
        assertEquals("Lobby _east 20261206T103005Z.jpg", AlertSnapshots.fileName("Lobby <east>", AT));
        assertEquals("camera 20261206T103005Z.jpg", AlertSnapshots.fileName("///", AT));
    }
}
