package dev.threshold.infrastructure.video;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a camera's video comes from: an {@code rtsp://} address, an {@code http(s)://} address (MJPEG or HLS), a
 * video file (for replays and tests) or a camera a plug-in renders under a scheme of its own ({@link CameraSource},
 * such as the demo's {@code demo:door}), with an optional user name and password. The credentials are put into the
 * address only at the moment FFmpeg opens it ({@link #openUrl()}); {@link #toString()} and {@link #redact(String)}
 * keep them out of logs, health reports and error messages.
 */
public record StreamSource(String location, String username, String password) {

    /** {@code RENDERED}: a plugged-in {@link CameraSource} delivers the pictures; there is no encoded stream. */
    public enum Kind {
        RTSP,
        HTTP,
        FILE,
        RENDERED
    }

    public StreamSource {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException(
                    "camera stream: the address is required (rtsp://, http(s):// or a file)");
        }
        location = location.strip();
        if (location.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("camera stream: the address contains control characters");
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("camera stream: a password was given without a user name");
        }
        Kind kind = kindOf(location);
        if (kind == Kind.RENDERED) {
            CameraSources.serving(location).orElseThrow().check(location, username != null);
        } else if (kind != Kind.FILE) {
            URI uri = parse(location);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException(
                        "camera stream: the address " + maskCredentials(location) + " has no host name");
            }
            if (uri.getRawUserInfo() != null && username != null) {
                // Two sets of credentials: which one would the camera get? Refuse rather than guess.
                throw new IllegalArgumentException(
                        "camera stream: the address already contains a user name; give the credentials in one place only");
            }
        } else if (username != null) {
            throw new IllegalArgumentException("camera stream: a video file takes no user name or password");
        }
    }

    public static StreamSource of(String location) {
        return new StreamSource(location, null, null);
    }

    public static StreamSource of(Path file) {
        return new StreamSource(file.toAbsolutePath().toString(), null, null);
    }

    public Kind kind() {
        return kindOf(location);
    }

    /** A camera on the network (as opposed to a file): its end of stream means the connection was lost. */
    public boolean live() {
        return kind() != Kind.FILE;
    }

    /** The address FFmpeg opens, with the credentials inside; never log or show it. */
    String openUrl() {
        if (username == null || kind() == Kind.FILE || kind() == Kind.RENDERED) {
            return location;
        }
        URI uri = parse(location);
        String userInfo = encode(username) + (password == null ? "" : ":" + encode(password));
        String rest = location.substring(location.indexOf("://") + 3);
        return uri.getScheme() + "://" + userInfo + "@" + rest;
    }

    /** A stream location as it may be shown: without a user and password typed into it, even when unusable. */
    public static String displayed(String location) {
        try {
            return of(location).displayLocation();
        } catch (IllegalArgumentException e) {
            return maskCredentials(location.replaceAll("//[^/@]*@", "//"));
        }
    }

    /** The address as it may be shown: credentials given in the address itself are replaced by {@code ***}. */
    public String displayLocation() {
        return maskCredentials(location);
    }

    /**
     * Removes the credentials from any text, e.g. an FFmpeg error message that quotes the address it failed to open.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (username != null) {
            out = out.replace(openUrl(), displayLocation());
        }
        out = maskCredentials(out);
        if (password != null && password.length() >= 3) {
            out = out.replace(password, "***").replace(encode(password), "***");
        }
        return out;
    }

    @Override
    public String toString() {
        return "StreamSource[" + displayLocation()
                + (username == null ? "" : ", user=" + username + ", password=(hidden)") + "]";
    }

    private static Kind kindOf(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("rtsp://") || lower.startsWith("rtsps://")) {
            return Kind.RTSP;
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Kind.HTTP;
        }
        if (CameraSources.serving(lower).isPresent()) {
            return Kind.RENDERED;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("camera stream: " + maskCredentials(location)
                    + " is not supported; use an rtsp://, http:// or https:// address, or a video file");
        }
        if (lower.matches("^[a-z][a-z0-9+.-]+:.*")) {
            // concat:, subfile:, pipe:, data:, … would make FFmpeg read what no camera sends
            throw new IllegalArgumentException("camera stream: " + maskCredentials(location) + " names an FFmpeg "
                    + "protocol (" + lower.substring(0, lower.indexOf(':') + 1) + "), not a camera; use an rtsp://, "
                    + "http:// or https:// address, or the path of a video file");
        }
        return Kind.FILE;
    }

    private static URI parse(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "camera stream: " + maskCredentials(location) + " is not a valid address (" + e.getReason() + ")");
        }
    }

    /**
     * Credentials a camera address carries, masked anywhere in a text (an address, an FFmpeg message, a log line):
     * {@code rtsp://user:secret@host/} becomes {@code rtsp://***@host/}, and a query parameter that names a user,
     * password, token or key ({@code ?user=admin&pwd=secret}, {@code ?password=}, {@code &token=}, {@code passwd},
     * {@code pass}, {@code key}, …) keeps its name and loses its value ({@code ?user=***&pwd=***}). The one masking
     * rule of every place that shows an address: REST, console, health, logs.
     */
    public static String maskCredentials(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replaceAll("(?i)\\b(rtsps?|https?)://[^/@\\s\"']*@", "$1://***@");
        return CREDENTIAL_PARAMETER.matcher(out).replaceAll("$1***");
    }

    /** A query (or matrix) parameter whose value is a credential: the name is kept, the value goes. */
    private static final java.util.regex.Pattern CREDENTIAL_PARAMETER = java.util.regex.Pattern.compile(
            "(?i)([?&;](?:[a-z0-9_.-]*[_.-])?(?:user|username|usr|login|uid|pwd|passwd|pass|password|passphrase"
                    + "|token|access_token|auth|authorization|key|apikey|api_key|secret|credentials?|sig|signature)"
                    + "=)[^&#\\s\"'<>]*");

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** For a file source: whether the file is there, checked before FFmpeg's less readable error. */
    boolean fileMissing() {
        return kind() == Kind.FILE && !Files.exists(Path.of(location));
    }
}
