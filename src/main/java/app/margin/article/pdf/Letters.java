package app.margin.article.pdf;

import java.text.Normalizer;

/**
 * Maps what a PDF's fonts say a glyph is to plain letters: ligatures ({@code ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ}) to their letters,
 * typographic hyphens and odd spaces to plain ones, invisible characters to nothing; and tells text that cannot be
 * read (private-use code points, control characters, the replacement character) from text that can.
 */
final class Letters {
    private Letters() {}

    /** The glyph's text as plain letters; "" for a glyph that is only a space or invisible. */
    static String plain(String unicode) {
        if (unicode.length() == 1) {
            String one = plain(unicode.charAt(0));
            if (one != null) {
                return one;
            }
            return unicode;
        }
        StringBuilder out = new StringBuilder(unicode.length() + 2);
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            String one = plain(c);
            out.append(one != null ? one : String.valueOf(c));
        }
        String text = out.toString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The replacement for one character, or null when it stays as it is. */
    private static String plain(char c) {
        return switch (c) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            case '\uFB05', '\uFB06' -> "st";
            case '\u2010', '\u2011' -> "-";
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u2007', '\u2008', '\u200A', '\u3000', '\t' -> " ";
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
            default -> null;
        };
    }

    /** Whether the text is something no reader can read: a private-use or control character, or U+FFFD. */
    static boolean unreadable(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if ((c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c < 0xA0)) {
                return true;
            }
        }
        return false;
    }

    /** A spacing accent that TeX and others draw over a letter as a glyph of its own. */
    static char combiningFor(String glyph) {
        if (glyph.length() != 1) {
            return 0;
        }
        return switch (glyph.charAt(0)) {
            case '\u00B4', '\u02CA' -> '\u0301';
            case '`', '\u02CB' -> '\u0300';
            case '\u00A8' -> '\u0308';
            case '^', '\u02C6' -> '\u0302';
            case '~', '\u02DC' -> '\u0303';
            case '\u00B8' -> '\u0327';
            case '\u02C7' -> '\u030C';
            case '\u02D8' -> '\u0306';
            case '\u00AF', '\u02C9' -> '\u0304';
            case '\u02DA' -> '\u030A';
            case '\u02DD' -> '\u030B';
            case '\u02D9' -> '\u0307';
            default -> 0;
        };
    }
}
