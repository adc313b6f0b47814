package app.margin.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the reader typed into an FTS5 query that cannot be a syntax error: the words (runs of letters,
 * digits and marks, as FTS5's unicode61 tokenizer sees them) each quoted as a prefix string (a one-letter word as
 * a whole word), all required, in the {@code text} column. Nothing the reader types reaches FTS5 as syntax.
 */
final class SearchQuery {

    static final int MAX_WORDS = 12;
    static final int MAX_WORD_LENGTH = 64;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private SearchQuery() {}

    /** The FTS5 query, or empty when the text holds no word. */
    static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(typed);
        while (words.find() && terms.size() < MAX_WORDS) {
            String word = words.group();
            if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
                word = word.substring(0, word.offsetByCodePoints(0, MAX_WORD_LENGTH));
            }
            // A one-letter prefix would match a good part of the whole index; as a whole word it stays quick.
            String term = "\"" + word.replace("\"", "\"\"") + (word.codePointCount(0, word.length()) > 1 ? "\"*" : "\"");
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of("text : (" + String.join(" ", terms) + ")");
    }
}
