package dev.threshold.interfaces.rest;

/**
 * Whether a string from a request can be stored as it is. PostgreSQL's text types cannot hold the character U+0000
 * (H2's can): such a string is refused at the edge as bad input naming its field, instead of failing the commit
 * with a 500 on one database and being stored on the other.
 */
public final class StorableText {

    private StorableText() {}

    public static boolean storable(String text) {
        return text.indexOf('\u0000') < 0;
    }

    public static String refusal(String field) {
        return field + " must not contain the character U+0000";
    }
}
