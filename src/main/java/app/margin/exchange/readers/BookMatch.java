package app.margin.exchange.readers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which library article a book's highlights belong to, by its title (and its author when two titles agree): equal
 * titles once case, accents, punctuation and a leading article are set aside, or equal main titles (before a ':'
 * subtitle, or a bracketed series). A book matched to none, or to several equally, is left unmatched: a wrong book
 * is worse than none.
 */
final class BookMatch {

    private BookMatch() {}

    /** The article, or {@code null}; {@code open} is taken when the book has no title. */
    static LibraryArticle find(String title, String author, List<LibraryArticle> library, LibraryArticle open) {
        if (title.isBlank()) {
            return open;
        }
        if (open != null && same(title, open.title())) {
            return open;
        }
        for (boolean main : new boolean[] {false, true}) {
            List<LibraryArticle> found = new ArrayList<>();
            for (LibraryArticle article : library) {
                if (main ? same(mainTitle(title), mainTitle(article.title())) : same(title, article.title())) {
                    found.add(article);
                }
            }
            if (found.size() > 1 && !author.isBlank()) {
                found.removeIf(a -> !byAuthor(a.byline(), author));
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }

    static boolean same(String a, String b) {
        String x = key(a);
        return !x.isEmpty() && x.equals(key(b));
    }

    static String key(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.replaceFirst("^(the|a|an|der|die|das|le|la|les|el|los|las|il|lo|gli|o|os|as) ", "");
    }

    private static String mainTitle(String title) {
        String t = title.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]\\s*$", "");
        int colon = t.indexOf(':');
        return colon > 0 ? t.substring(0, colon) : t;
    }

    /** Whether the byline names one of the author's words of three letters or more (a last name, say). */
    private static boolean byAuthor(String byline, String author) {
        String by = " " + key(byline) + " ";
        for (String word : key(author).split(" ")) {
            if (word.length() >= 3 && by.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }
}
