package dev.threshold.domain.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into search, as terms that must all appear in a label's search text. A "quoted phrase" is one
 * term; everything else splits on white space. Matching ignores case.
 */
public record LabelQuery(List<String> terms) {

    public static final int MAX_LENGTH = 200;

    public LabelQuery {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the query has no words to search for");
        }
    }

    /** Parses a query; blank or overlong text is refused with a message a person can act on. */
    public static LabelQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q is required: the words to search for, e.g. \"entry unlocked\"");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("q is longer than " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        String[] quoted = text.toLowerCase(Locale.ROOT).split("\"", -1);
        for (int i = 0; i < quoted.length; i++) {
            String part = quoted[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            if (i % 2 == 1) {
                terms.add(part.replaceAll("\\s+", " "));
            } else {
                for (String word : part.split("\\s+")) {
                    terms.add(word);
                }
            }
        }
        return new LabelQuery(terms);
    }

    /** True if every term occurs in the text: the same rule the database applies, for use in memory. */
    public boolean matches(String searchText) {
        String text = searchText.toLowerCase(Locale.ROOT);
        return terms.stream().allMatch(text::contains);
    }
}
