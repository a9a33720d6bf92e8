package dev.threshold.interfaces.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spellings of a path that a router and an access rule may read differently, found in the raw request URI (as the
 * client sent it, before decoding or normalising): matrix parameters ({@code ;}, {@code ;jsessionid=}, which
 * RESTEasy ignores when it routes but kept in the path it reports), encoded separators and dots ({@code %3b},
 * {@code %2f}, {@code %5c}, {@code %2e}, and {@code %25} which hides them once more, {@code %00}), backslashes, dot
 * segments and doubled slashes. No Threshold URL needs one of them, so none is interpreted: the request is refused.
 */
public final class PathTricks {

    private static final Pattern ENCODED = Pattern.compile("%(3b|2f|5c|2e|25|00)");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/]*");

    private PathTricks() {}

    /** @return what is wrong with the raw path (no query), in words; empty for a plain path */
    public static Optional<String> in(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.empty();
        }
        String path = SCHEME_AND_HOST.matcher(rawPath.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (path.indexOf(';') >= 0) {
            return Optional.of("matrix parameters (';') in the path");
        }
        if (ENCODED.matcher(path).find()) {
            return Optional.of("an encoded separator, dot or percent sign (%3B %2F %5C %2E %25 %00) in the path");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("a backslash in the path");
        }
        if (path.contains("//")) {
            return Optional.of("a doubled slash in the path");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("a dot segment ('/./' or '/../') in the path");
            }
        }
        return Optional.empty();
    }
}
