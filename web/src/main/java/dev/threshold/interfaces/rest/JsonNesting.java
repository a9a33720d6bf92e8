package dev.threshold.interfaces.rest;

/**
 * How deeply a JSON text nests objects and arrays, counted without parsing. Bodies are checked before the parser sees
 * them, so that a deep body is refused in words that say so and without building its tree: no request of Threshold's
 * API or Kisi's nests more than a few levels. (Past the parser's own 1,000 levels, JsonApi's readers would refuse it as
 * malformed JSON.)
 */
public final class JsonNesting {

    /** Far above any real request, far below what strains a parser. */
    public static final int MAX_DEPTH = 32;

    private JsonNesting() {}

    public static boolean tooDeep(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
