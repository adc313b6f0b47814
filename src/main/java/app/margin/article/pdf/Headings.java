package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells headings among the paragraphs: short, not ending like a sentence, and either larger than the body type,
 * bold throughout, or numbered ("3.2 Results", "A.1 Proofs", "IV. Discussion"). A numbered heading's level is its
 * number's depth; an unnumbered one takes the level of numbered headings of its size, else its size's rank. Where
 * sections are numbered in roman numerals (REVTeX, IEEE: "I. Introduction", "A. Methods", "1. Data"), a letter is
 * one level below a roman numeral and an arabic number two.
 */
final class Headings {
    static final int MAX_LENGTH = 160;
    private static final Pattern NUMBER = Pattern.compile("^(([0-9]{1,2})((\\.[0-9]{1,2}){0,4})|([A-Z])((\\.[0-9]{1,2}){0,3})"
            + "|([IVX]{1,5}))\\.?\\s+(\\p{L}.*)$");

    private Headings() {}

    static List<PdfParagraph> classify(List<PdfParagraph> paragraphs, float body) {
        List<Boolean> heading = new ArrayList<>();
        boolean roman = false;
        for (PdfParagraph p : paragraphs) {
            boolean is = isHeading(p, body);
            heading.add(is);
            roman |= is && style(p.text()) == 'I';
        }
        Map<Integer, Integer> levelOfSize = new TreeMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfParagraph p = paragraphs.get(i);
            int depth = heading.get(i) ? depth(p.text(), roman) : 0;
            if (depth > 0) {
                levelOfSize.merge(sizeKey(p), depth, Math::min);
            }
        }
        // Unnumbered heading sizes, largest first, each ranked after the numbered levels of larger sizes.
        TreeMap<Integer, Integer> rank = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (heading.get(i)) {
                rank.put(sizeKey(paragraphs.get(i)), 0);
            }
        }
        int level = 0;
        for (Map.Entry<Integer, Integer> e : rank.entrySet()) {
            Integer numbered = levelOfSize.get(e.getKey());
            level = numbered != null ? numbered : level + 1;
            e.setValue(Math.min(6, Math.max(1, level)));
        }
        List<PdfParagraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfParagraph p = paragraphs.get(i);
            if (!heading.get(i)) {
                out.add(p);
                continue;
            }
            int depth = depth(p.text(), roman);
            int l = depth > 0 ? Math.min(6, depth) : rank.get(sizeKey(p));
            out.add(p.as(PdfParagraph.Kind.HEADING, l));
        }
        return out;
    }

    /** Sizes compared to the half point, bold a little above its size. */
    private static int sizeKey(PdfParagraph p) {
        return Math.round(p.size() * 2) * 2 + (p.bold() ? 1 : 0);
    }

    static boolean isHeading(PdfParagraph p, float body) {
        String text = p.text();
        if (p.kind() != PdfParagraph.Kind.TEXT || text.length() > MAX_LENGTH || text.length() < 2) {
            return false;
        }
        if (!text.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        if (end == ',' || end == ';' || (end == '.' && !text.endsWith("..."))) {
            return false;
        }
        int words = text.split("\\s+").length;
        boolean larger = larger(p.size(), body);
        boolean numbered = numberDepth(text) > 0;
        if (larger) {
            return words <= 25;
        }
        if (p.size() < body - 0.6f) {
            // Smaller bold numbered headings (REVTeX's "I. INTRODUCTION", "A. Methods").
            return p.bold() && numbered && p.size() >= 0.8f * body && words <= 14;
        }
        if (p.bold()) {
            return words <= 14;
        }
        return numbered && words <= 10 && Character.isUpperCase(text.codePointAt(text.indexOf(' ') + 1));
    }

    /** Whether type of {@code size} is set larger than the body's, as a heading's is. */
    static boolean larger(float size, float body) {
        return size >= body * 1.12f;
    }

    /** The level a number gives, its numbering style counted where sections are numbered in roman numerals. */
    private static int depth(String text, boolean roman) {
        int depth = numberDepth(text);
        if (depth == 0 || !roman) {
            return depth;
        }
        return switch (style(text)) {
            case 'A' -> depth + 1;
            case '1' -> depth + 2;
            default -> depth;
        };
    }

    /** 'I' for a roman numeral, 'A' for a letter, '1' for an arabic number, 0 when not numbered. */
    static char style(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || numberDepth(text) == 0) {
            return 0;
        }
        if (m.group(2) != null) {
            return '1';
        }
        String token = m.group(5) != null ? m.group(5) + (m.group(6) == null ? "" : m.group(6)) : m.group(8);
        return token.matches("[IVX]+") ? 'I' : 'A'; // "I." and "V." read as roman numerals, not letters
    }

    /** 1 for "3 Results" or "3. Results", 2 for "3.2 Methods", 0 when not numbered. */
    static int numberDepth(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return 0;
        }
        if (m.group(2) == null && text.charAt(m.end(5) >= 0 ? m.end(5) : m.end(8)) != '.') {
            return 0; // "A Study", "I Think": a letter or roman numeral counts only with its full stop
        }
        String digits = m.group(3) != null && m.group(2) != null ? m.group(3) : m.group(6) != null && m.group(5) != null ? m.group(6) : "";
        int depth = 1;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) == '.') {
                depth++;
            }
        }
        return depth;
    }
}
