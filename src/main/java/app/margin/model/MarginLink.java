package app.margin.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A link back into Margin, {@code margin://open?article=<id>&note=<id>}: the article to open and, when given, the
 * note to show in it. Links are written into Markdown sheets (so a quote kept in Obsidian or Logseq opens Margin at
 * its note) and taken by {@code margin LINK}, which the desktop entry registers for the {@code margin} scheme. A
 * link is read strictly: the {@code margin} scheme, the {@code open} action, an article id of at most
 * {@value #MAX_ARTICLE_ID} characters without control characters, and a note id as {@link AnnotationId} allows.
 *
 * @param articleId the article's id
 * @param noteId    the note's id, or {@code null} to open the article where the reader was
 */
public record MarginLink(String articleId, String noteId) {

    /** The scheme and action every link starts with. */
    public static final String PREFIX = "margin://open?";
    /** The longest article id a link carries. */
    public static final int MAX_ARTICLE_ID = 200;

    public MarginLink {
        Objects.requireNonNull(articleId, "articleId");
        if (articleId.isEmpty() || articleId.length() > MAX_ARTICLE_ID
                || articleId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not an article id a link can carry: " + articleId);
        }
        if (noteId != null && !AnnotationId.isSafe(noteId)) {
            throw new IllegalArgumentException("not a note id: " + noteId);
        }
    }

    /** The link as text, its ids percent-encoded. */
    public String uri() {
        return PREFIX + "article=" + encode(articleId) + (noteId == null ? "" : "&note=" + encode(noteId));
    }

    /** Whether {@code text} is meant as a Margin link (it starts with {@code margin:}), readable or not. */
    public static boolean looksLikeLink(String text) {
        return text.regionMatches(true, 0, "margin:", 0, 7);
    }

    /** The link {@code text} holds, or empty when it is not one Margin reads. */
    public static Optional<MarginLink> parse(String text) {
        if (text == null || text.length() > 4000 || !text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String article = null;
        String note = null;
        for (String part : text.substring(PREFIX.length()).split("&")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String value;
            try {
                value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            switch (part.substring(0, eq)) {
                case "article" -> article = article == null ? value : null;
                case "note" -> note = note == null ? value : null;
                default -> {
                    // Members a later Margin may add are passed over.
                }
            }
        }
        try {
            return article == null ? Optional.empty() : Optional.of(new MarginLink(article, note));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
