package dev.threshold.domain.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into search: terms that must all appear in a label's search text, and terms that must not
 * ({@code -word}, {@code -"a phrase"}). A "quoted phrase" is one term; everything else splits on white space.
 * Matching ignores case.
 */
public record LabelQuery(List<String> terms, List<String> excluded) {

    public static final int MAX_LENGTH = 200;

    public LabelQuery {
        terms = List.copyOf(terms);
        excluded = List.copyOf(excluded);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(
                    excluded.isEmpty()
                            ? "the query has no words to search for"
                            : "the query only leaves labels out (-term): add a word to search for");
        }
    }

    public LabelQuery(List<String> terms) {
        this(terms, List.of());
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
        List<String> excluded = new ArrayList<>();
        String[] quoted = text.toLowerCase(Locale.ROOT).split("\"", -1);
        boolean phraseExcluded = false;
        for (int i = 0; i < quoted.length; i++) {
            String part = quoted[i].trim();
            if (i % 2 == 1) {
                if (!part.isEmpty()) {
                    (phraseExcluded ? excluded : terms).add(part.replaceAll("\\s+", " "));
                }
                phraseExcluded = false;
                continue;
            }
            // A lone '-' right before a quote (-"held open") leaves out the phrase that follows.
            String[] words = part.isEmpty() ? new String[0] : part.split("\\s+");
            phraseExcluded = i + 1 < quoted.length && words.length > 0 && words[words.length - 1].equals("-");
            for (String word : words) {
                if (word.length() > 1 && word.startsWith("-")) {
                    excluded.add(word.substring(1));
                } else if (!word.equals("-")) {
                    terms.add(word);
                }
            }
        }
        return new LabelQuery(terms, excluded);
    }

    /** True if every term and no excluded term occurs in the text: the rule the database applies, in memory. */
    public boolean matches(String searchText) {
        String text = searchText.toLowerCase(Locale.ROOT);
        return terms.stream().allMatch(text::contains) && excluded.stream().noneMatch(text::contains);
    }
}
