package app.margin.article;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section ids for imported articles, made from heading text: {@code "Ukraine: The Central Point"} becomes
 * {@code "ukraine-the-central-point"}. Accents are dropped ({@code é} → {@code e}), every other run of
 * characters outside {@code a-z0-9} becomes one {@code '-'}, dashes at the ends are trimmed and the slug is cut
 * to {@value #MAX_SLUG_LENGTH} characters; an empty slug is {@code "section"}. A repeated slug gets
 * {@code -2}, {@code -3}… in order of appearance. The result always matches the article format's id rule.
 */
final class SectionIds {
    static final int MAX_SLUG_LENGTH = 80;
    static final String FALLBACK = "section";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private final Set<String> used = new HashSet<>();

    /** A new id for a heading, different from every id this instance has handed out. */
    String next(String heading) {
        String base = slug(heading);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = trimDashes(NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_SLUG_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
