package dev.threshold.it;

import java.util.Locale;

/**
 * The spellings of a request that SecurityIT tries on every route: the route as it is, and the tricks that made a
 * router and an access rule disagree (matrix parameters, encoded separators, dot segments, doubled slashes, upper
 * case, a trailing slash), a method override, HEAD and OPTIONS. Each knows the path and method it sends and what a
 * refusal looks like for it.
 */
enum PathVariant {
    AS_IS(Expect.LIKE_THE_ROUTE),
    TRAILING_SLASH(Expect.LIKE_THE_ROUTE),
    MATRIX(Expect.BAD_REQUEST),
    JSESSIONID(Expect.BAD_REQUEST),
    ENCODED_SEMICOLON(Expect.BAD_REQUEST),
    DOT_SEGMENT(Expect.BAD_REQUEST),
    DOUBLED_SLASH(Expect.BAD_REQUEST),
    UPPER_CASE(Expect.NOT_FOUND),
    METHOD_OVERRIDE(Expect.BAD_REQUEST),
    HEAD(Expect.LIKE_THE_ROUTE),
    OPTIONS(Expect.METHOD_NOT_ALLOWED);

    /** What the server must answer. */
    enum Expect {
        /** The route's own answer: the call runs for a role it allows; 401 (anonymous) or 403 for any other. */
        LIKE_THE_ROUTE,
        /** 400: refused before any resource runs, for everyone. */
        BAD_REQUEST,
        /** 404 (no resource has that spelling) or 401; never 2xx. */
        NOT_FOUND,
        /** 405 for everyone. */
        METHOD_NOT_ALLOWED
    }

    final Expect expect;

    PathVariant(Expect expect) {
        this.expect = expect;
    }

    /** Whether the variant says anything new about the route. */
    boolean appliesTo(String method, String path) {
        return switch (this) {
            case TRAILING_SLASH, UPPER_CASE -> !path.equals("/");
            case HEAD -> method.equals("GET");
            default -> true;
        };
    }

    String method(String routeMethod) {
        return switch (this) {
            case METHOD_OVERRIDE -> "GET";
            case HEAD -> "HEAD";
            case OPTIONS -> "OPTIONS";
            default -> routeMethod;
        };
    }

    /** The X-HTTP-Method-Override value sent, or null: a GET that asks to be taken for a write. */
    String override(String routeMethod) {
        return this != METHOD_OVERRIDE ? null : routeMethod.equals("GET") ? "DELETE" : routeMethod;
    }

    /** The raw path sent, from the route's path with its templates filled in. */
    String path(String path) {
        return switch (this) {
            case TRAILING_SLASH -> path + "/";
            case MATRIX -> afterFirstSegment(path, ";");
            case JSESSIONID -> afterFirstSegment(path, ";jsessionid=x");
            case ENCODED_SEMICOLON -> afterFirstSegment(path, "%3b");
            case DOT_SEGMENT -> afterFirstSegment(path, "/.");
            case DOUBLED_SLASH -> "/" + path;
            case UPPER_CASE -> {
                int end = firstSegmentEnd(path);
                yield path.substring(0, end).toUpperCase(Locale.ROOT) + path.substring(end);
            }
            default -> path;
        };
    }

    /** {@code /api/users} with {@code ;} gives {@code /api;/users}: the trick sits where a prefix rule looks. */
    private static String afterFirstSegment(String path, String insert) {
        int end = firstSegmentEnd(path);
        return path.substring(0, end) + insert + path.substring(end);
    }

    private static int firstSegmentEnd(String path) {
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path.length() : slash;
    }
}
