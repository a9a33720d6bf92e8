package dev.threshold.interfaces.camera.console;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraSettings;
import dev.threshold.application.camera.CameraStreamSetup;
import dev.threshold.application.camera.FeedHealthQuery;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.interfaces.console.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * One camera set up by an admin ({@code camera.xhtml?id=…}; without an id, a new one): stream, credentials (written,
 * never shown: the page only says they are set), analysis rate, on/off, its health; the floor grid editor and
 * "Test this set-up" run in the browser against {@code /api/cameras/{id}} (grid-editor.js).
 */
@Named
@ViewScoped
public class CameraView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CameraService cameras;

    @Inject
    transient FeedHealthQuery feeds;

    @Inject
    transient ExternalContext external;

    private String id;
    private Camera camera;
    private String name;
    private String streamUrl;
    /** The stream URL as shown (credentials typed into it left out); saved unchanged, the stored URL is kept. */
    private String shownStreamUrl;

    private String username;
    private String password;
    private boolean clearCredentials;
    private double analysisFps = Camera.DEFAULT_ANALYSIS_FPS;
    private boolean enabled = true;

    public void load() {
        camera = null;
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            camera = cameras.camera(UUID.fromString(id.strip())).orElse(null);
        } catch (IllegalArgumentException e) {
            camera = null;
        }
        if (camera == null) {
            Messages.warn("No camera has the id \"" + id + "\".");
            return;
        }
        name = camera.name();
        streamUrl = camera.streamUrl() == null ? null : CameraStreamSetup.displayed(camera.streamUrl());
        shownStreamUrl = streamUrl;
        analysisFps = camera.analysisFps();
        enabled = camera.enabled();
    }

    /** Adds the camera, or changes it; a refusal is shown beside its field. */
    public String save() {
        String url = camera != null && streamUrl != null && streamUrl.equals(shownStreamUrl)
                ? camera.streamUrl()
                : streamUrl;
        CameraSettings settings =
                new CameraSettings(name, url, username, password, clearCredentials, analysisFps, enabled);
        try {
            Camera saved =
                    camera == null ? cameras.registerCamera(settings) : cameras.updateCamera(camera.id(), settings);
            external.getFlash().setKeepMessages(true);
            Messages.info("Camera '" + saved.name() + "' " + (camera == null ? "added" : "saved") + ".");
            return "/camera?faces-redirect=true&id=" + saved.id();
        } catch (InvalidValueException e) {
            Messages.error(field(e.field()), e.getMessage());
            return null;
        } finally {
            password = null; // never rendered back, not even after a refusal
        }
    }

    private static String field(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> "camera-form:name";
            case "streamUrl" -> "camera-form:stream";
            case "username" -> "camera-form:username";
            case "analysisFps" -> "camera-form:fps";
            case "enabled" -> "camera-form:enabled";
            default -> null;
        };
    }

    public boolean isExisting() {
        return camera != null;
    }

    public Camera getCamera() {
        return camera;
    }

    public CamerasView.Row getHealth() {
        return camera == null
                ? null
                : new CamerasView.Row(camera, feeds.health(camera.id()).orElse(null));
    }

    public String getApiUrl() {
        return external.getRequestContextPath() + "/api/cameras/" + camera.id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Always empty: a stored password is never sent to a browser. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isClearCredentials() {
        return clearCredentials;
    }

    public void setClearCredentials(boolean clearCredentials) {
        this.clearCredentials = clearCredentials;
    }

    public double getAnalysisFps() {
        return analysisFps;
    }

    public void setAnalysisFps(double analysisFps) {
        this.analysisFps = analysisFps;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
