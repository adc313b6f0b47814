package app.margin.article.pdf;

import java.util.regex.Pattern;

/**
 * Where a line ends inside a web address, so the next line goes on in it without a space. TeX's {@code url} package
 * (and hyperref's) breaks an address after "/", ".", "-", "_", "?", "=", "&amp;", "#" or after the scheme's colon, and
 * adds no hyphen: "https://www.acm." + "org/publications/proceedings-" + "template" is one address, its hyphen its
 * own. An address is the last word of the text so far when it has a scheme ("https://", "ftp://", "doi:") or starts
 * with "www."; ordinary words are never joined, and an address that ends at the line's end is told from one broken
 * there by what follows: a plain word after a "/" or a capital after a "." starts the text after it.
 */
final class UrlBreaks {
    private UrlBreaks() {}

    /** An address: a scheme and "//", or "www.", or a DOI, after an opening bracket or quote at most. */
    private static final Pattern ADDRESS = Pattern.compile(
            "^[(<\\[\"“‘]?(((https?|ftp|file)://)|www\\.|doi:|(https?|ftp):$).*", Pattern.CASE_INSENSITIVE);
    /** Characters an address has and a plain word does not. */
    private static final Pattern ADDRESS_LIKE = Pattern.compile(".*[/.?=&#_~%:0-9].*");
    /** A piece of an address that starts with a capital ("R-project.org/"): a path, or a host's next label. */
    private static final Pattern HOST_OR_PATH = Pattern.compile(".*(/|\\.\\p{L}{2,}).*");

    /**
     * Whether {@code next}, the text of the next line, goes on in the address that ends {@code text} (the paragraph
     * so far), to be joined to it without a space, the line end's character kept (a "-" included).
     */
    static boolean continues(CharSequence text, String next) {
        if (text.isEmpty() || next.isEmpty() || Character.isWhitespace(next.charAt(0))) {
            return false;
        }
        int end = text.length();
        char last = text.charAt(end - 1);
        if ("/.-_?=&#:~%".indexOf(last) < 0) {
            return false;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String tail = text.subSequence(start, end).toString();
        if (!ADDRESS.matcher(tail).matches()) {
            return false;
        }
        String word = firstWord(next);
        String core = word.replaceAll("[.,;:!?)\\]>\"”’]+$", "");
        char first = next.charAt(0);
        if (last == ':') {
            // "https:" at a line end, "//www…" on the next: only the scheme's own colon breaks so.
            return tail.matches("(?i).*(https?|ftp|file):") && next.startsWith("//");
        }
        if (tail.endsWith("://")) {
            return true;
        }
        return switch (last) {
            // A directory: the next word must look like an address's piece, not like the words after it (a list's
            // next item "[12]", a year, a bracket).
            case '/' -> ADDRESS_LIKE.matcher(core).matches() && first != '[' && first != '('
                    && !core.matches("[0-9]+\\.?");
            // A dot ends a sentence too: the next line must not start as one does.
            case '.' -> dot(tail, word, core, first);
            case '?' -> core.indexOf('=') >= 0 || core.indexOf('&') >= 0;
            default -> !Character.isUpperCase(first) || ADDRESS_LIKE.matcher(core).matches();
        };
    }

    /**
     * After a dot: a lower-case piece or a slash goes on; a number only when it ends no sentence ("1188913." +
     * "1188915", not "bayes.html." + "2017."); a capital only in the host's name ("www." + "R-project.org/").
     */
    private static boolean dot(String tail, String word, String core, char first) {
        if (Character.isLowerCase(first) || first == '/') {
            return true;
        }
        if (Character.isDigit(first)) {
            return word.equals(core) || core.indexOf('/') >= 0 || core.indexOf('.') >= 0;
        }
        int scheme = tail.indexOf("//");
        boolean inHost = tail.indexOf('/', scheme < 0 ? 0 : scheme + 2) < 0;
        return Character.isUpperCase(first) && inHost && HOST_OR_PATH.matcher(core).matches();
    }

    private static String firstWord(String next) {
        int space = 0;
        while (space < next.length() && !Character.isWhitespace(next.charAt(space))) {
            space++;
        }
        return next.substring(0, space);
    }
}
