package app.margin.article;

import app.margin.json.JsonPaths;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonString;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.Span.Style;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the spans of schemaVersion 2, {@code [start, end, style]} or {@code [start, end, style, target]}: a
 * paragraph form's ({@link FormBinder}) and a section's title's ({@code "titleSpans"}), each against its text, so a
 * bad one is refused with its JSON path, line and column rather than as a bare exception. Linear in the number of
 * spans.
 */
final class SpanBinder {
    private static final String STYLES =
            Arrays.stream(Style.values()).map(Style::key).collect(Collectors.joining(", "));
    private static final String TITLE_STYLES = Arrays.stream(Style.values()).filter(Section::keptInTitle)
            .map(Style::key).collect(Collectors.joining(", "));
    /** The index that stands for a section's title rather than a paragraph in messages. */
    private static final int TITLE = -1;

    private final Members members;

    SpanBinder(Members members) {
        this.members = members;
    }

    /**
     * The spans in {@code value} (an array of spans, or {@code null} for none) over paragraph {@code index}'s
     * {@code text}.
     */
    List<Span> spans(JsonValue value, String path, int index, String text) throws ArticleException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(path, value,
                    "an array of spans [start, end, style] or [start, end, style, target]");
        }
        List<Span> spans = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            spans.add(span(array.items().get(i), JsonPaths.index(path, i), index, text));
        }
        return spans;
    }

    /**
     * A section title's spans in {@code value} ({@code null} for none), over the {@code title}: the styles of any
     * paragraph's spans but links and note references, as a title is not followed.
     */
    List<Span> titleSpans(JsonValue value, String path, String title) throws ArticleException {
        return spans(value, path, TITLE, title);
    }

    private Span span(JsonValue value, String path, int index, String text) throws ArticleException {
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(path, value, "a span [start, end, style] or [start, end, style, target]");
        }
        List<JsonValue> items = array.items();
        if (items.size() < 3 || items.size() > 4) {
            throw members.problem(path, value,
                    "a span is [start, end, style] or [start, end, style, target], but this one has "
                    + items.size() + (items.size() == 1 ? " item" : " items"));
        }
        // Item paths are built only for a message: a file may hold millions of spans.
        BigInteger start = members.whole(items.get(0), () -> JsonPaths.index(path, 0));
        BigInteger end = members.whole(items.get(1), () -> JsonPaths.index(path, 1));
        if (start.signum() < 0) {
            throw members.problem(JsonPaths.index(path, 0), items.get(0),
                    "a span starts at a character of the " + (index == TITLE ? "title" : "paragraph")
                    + ", from 0, not at " + start);
        }
        if (end.compareTo(start) <= 0) {
            throw members.problem(JsonPaths.index(path, 1), items.get(1),
                    "a span ends after it starts, but this one runs from "
                    + start + " to " + end);
        }
        if (end.compareTo(BigInteger.valueOf(text.length())) > 0) {
            throw members.problem(JsonPaths.index(path, 1), items.get(1),
                    "the span runs to " + end + ", past the end of "
                    + (index == TITLE ? "the title" : "paragraph " + index) + ", which has " + text.length()
                    + (text.length() == 1 ? " character" : " characters"));
        }
        String stylePath = JsonPaths.index(path, 2);
        if (!(items.get(2) instanceof JsonString styleKey)) {
            throw members.wrongType(stylePath, items.get(2), "a style name (" + STYLES + ")");
        }
        Style style = Style.ofKey(styleKey.value());
        if (style == null) {
            throw members.problem(stylePath, items.get(2),
                    "unknown span style \"" + styleKey.value() + "\"; the styles are "
                    + STYLES);
        }
        if (index == TITLE && !Section.keptInTitle(style)) {
            throw members.problem(stylePath, items.get(2), "a section's title is not followed, so its spans cannot be "
                    + article(style) + "; the styles a title keeps are " + TITLE_STYLES);
        }
        String target = null;
        if (items.size() == 4) {
            String targetPath = JsonPaths.index(path, 3);
            if (!style.points()) {
                throw members.problem(targetPath, items.get(3), article(style) + " span has no target; only link and "
                        + "noteref spans point somewhere");
            }
            if (!(items.get(3) instanceof JsonString targetText)) {
                throw members.wrongType(targetPath, items.get(3), "a target string (\"#id\" or a URL)");
            }
            target = targetText.value();
        }
        if (style.points() && (target == null || target.isBlank())) {
            boolean given = items.size() == 4;
            throw members.problem(given ? JsonPaths.index(path, 3) : path, given ? items.get(3) : value,
                    article(style) + " span needs a target as its fourth item: \"#id\" for a place in the "
                            + "article, or a URL");
        }
        return new Span(start.intValueExact(), end.intValueExact(), style, target);
    }

    /** "an em", "a link". */
    private static String article(Style style) {
        return ("aeiou".indexOf(style.key().charAt(0)) >= 0 ? "an " : "a ") + style.key();
    }
}
