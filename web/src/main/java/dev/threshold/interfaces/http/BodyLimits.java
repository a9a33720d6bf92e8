package dev.threshold.interfaces.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How large a request body may be: {@code smallBytes} (JSON, forms, the login form, the webhook) everywhere, except
 * on the two upload routes — camera footage and the set-up test's clip — which stream to disk and may take
 * {@code uploadBytes}. The rule is on the decoded path Undertow routes on; a path trick that reaches another route
 * gets the small limit.
 */
public record BodyLimits(long smallBytes, long uploadBytes) {

    /** {@code POST /api/cameras/{id}/footage} and {@code POST /api/cameras/{id}/trials}: the only large bodies. */
    private static final Pattern UPLOAD = Pattern.compile("/api/cameras/[^/;]+/(footage|trials)/?");

    public BodyLimits {
        if (smallBytes <= 0 || uploadBytes < smallBytes) {
            throw new IllegalArgumentException("body limits: " + smallBytes + " and " + uploadBytes
                    + " bytes; the upload limit must be at least the general one, both positive");
        }
    }

    /** The largest body this request may send. */
    public long limitFor(String method, String path) {
        return uploadRoute(method, path) ? uploadBytes : smallBytes;
    }

    /** Whether the request's declared length is already over its limit: refuse before reading a byte. */
    public boolean declaredTooLarge(String method, String path, long contentLength) {
        return contentLength > limitFor(method, path);
    }

    static boolean uploadRoute(String method, String path) {
        return method != null
                && "POST".equals(method.toUpperCase(Locale.ROOT))
                && path != null
                && UPLOAD.matcher(path).matches();
    }

    /** What the refusal says: the limit in words a person reads. */
    public String refusal(long limit) {
        return "The request body is larger than " + words(limit) + ", the most this route takes"
                + (limit == smallBytes
                        ? "; only camera footage and set-up test clips may be larger"
                        : " (threshold.footage.max-mb)");
    }

    static String words(long bytes) {
        if (bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
