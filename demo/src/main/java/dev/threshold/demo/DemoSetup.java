package dev.threshold.demo;

import dev.threshold.application.audit.SecretChange;
import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraSettings;
import dev.threshold.application.door.DoorMappingService;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.user.Roles;
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sets up what the demo needs, once: Kisi settings with a signature key (so the stand-in's events are signed as
 * Kisi's are), the demo camera with its scene, and the demo door watched by it. What exists already is left as it is
 * — an admin's changes survive restarts — except that settings without a signature key get one: the stand-in signs.
 */
@Stateless
// The demo sets up through the same services an admin uses, which admit only admins (@RolesAllowed): it acts as one.
// Nothing outside the server reaches this bean (KisiStandIn calls it when the demo is switched on), so the identity
// it borrows cannot be borrowed by a caller; services keep their checks for everyone else.
@RunAs(Roles.ADMIN)
public class DemoSetup {

    private static final Logger LOG = Logger.getLogger(DemoSetup.class.getName());

    @Inject
    KisiSettingsService kisiSettings;

    @Inject
    CameraService cameraService;

    @Inject
    CameraRepository cameras;

    @Inject
    DoorMappingService doors;

    public void setUpDemoDoor() {
        KisiSettingsView settings = kisiSettings.currentSettings();
        if (!settings.configured()) {
            kisiSettings.saveSettings(
                    DemoDoor.ORGANIZATION_ID,
                    DemoDoor.PLACE_ID,
                    null,
                    SecretChange.replaceWith("signatureKey", KisiSignature.newKey()),
                    SecretChange.KEEP,
                    DemoDoor.SET_UP_BY);
            LOG.info("Demo: Kisi settings created with a demo signature key");
        } else if (!settings.signatureKeySet()) {
            kisiSettings.storeGeneratedSignatureKey(KisiSignature.newKey(), DemoDoor.SET_UP_BY);
            LOG.info("Demo: the Kisi settings had no signature key; a demo key was set");
        }
        if (cameras.findByName(DemoScene.CAMERA_NAME).isEmpty()) {
            Camera camera = cameraService.registerCamera(new CameraSettings(
                    DemoScene.CAMERA_NAME,
                    DemoCameraGrabber.STREAM_URL,
                    null,
                    null,
                    false,
                    DemoDoor.ANALYSIS_FPS,
                    true));
            cameraService.placeScene(camera.id(), DemoScene.json());
            LOG.info(() ->
                    "Demo: camera '" + DemoScene.CAMERA_NAME + "' created (" + DemoCameraGrabber.STREAM_URL + ")");
        }
        if (doors.door(DemoDoor.LOCK_ID).isEmpty()) {
            doors.mapDoor(DemoDoor.LOCK_ID, DemoDoor.NAME, List.of(DemoScene.CAMERA_NAME));
            LOG.info(() -> "Demo: door '" + DemoDoor.NAME + "' (lock " + DemoDoor.LOCK_ID + ") watched by '"
                    + DemoScene.CAMERA_NAME + "'");
        }
    }
}
