package app.margin.store;

import app.margin.model.WordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the reader typed into an FTS5 query that cannot be a syntax error: the words ({@link WordRule})
 * each quoted as a prefix string (a one-letter word as a whole word), all required, in the {@code text} column.
 * Words that touch ("日本語のテキスト") are one term, as FTS5's unicode61 tokenizer reads a run of letters as one
 * token. Nothing the reader types reaches FTS5 as syntax: inside the quotes FTS5 splits a term ("don't") as it
 * split the text.
 */
final class SearchQuery {

    static final int MAX_WORDS = 12;
    static final int MAX_WORD_LENGTH = 64;

    private SearchQuery() {}

    /** The FTS5 query, or empty when the text holds no word. */
    static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        List<WordRule.Span> words = WordRule.words(typed);
        for (int i = 0; i < words.size() && terms.size() < MAX_WORDS; i++) {
            int start = words.get(i).start();
            while (i + 1 < words.size() && words.get(i + 1).start() == words.get(i).end()) {
                i++;
            }
            String word = typed.substring(start, words.get(i).end());
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
