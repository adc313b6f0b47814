package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an HTML element means to the reading page: its inline style, its alignment, whether it is a footnote. */
final class HtmlElements {

    private HtmlElements() {}

    private static final Pattern ALIGN = Pattern.compile("(?i)text-align\\s*:\\s*(center|right|end)");
    private static final Pattern SMALL_CAPS = Pattern.compile("(?i)font-variant[a-z-]*\\s*:\\s*small-caps");
    private static final Pattern NOTE_CLASS = Pattern.compile(
            "(?i)\\b(footnote-?ref|footnote-reference|noteref|fnref|footnote-link)\\b");
    private static final Set<String> NOTE_TYPES = Set.of("footnote", "endnote", "rearnote", "note", "doc-footnote",
            "doc-endnote");
    /** A note reference's usual text: a number, a letter or a symbol, perhaps in brackets. */
    private static final Pattern NOTE_MARK = Pattern.compile("\\[?[0-9a-zA-Z*†‡§¶]{1,4}\\]?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    /** The inline style an element sets, or {@code null}. Links are {@link #isLink}'s. */
    static Span.Style styleOf(Element e, String tag) {
        return switch (tag) {
            case "em", "i", "cite", "dfn", "var" -> Span.Style.EMPHASIS;
            case "strong", "b" -> Span.Style.STRONG;
            case "code", "kbd", "samp", "tt" -> Span.Style.CODE;
            case "sub" -> Span.Style.SUBSCRIPT;
            case "sup" -> Span.Style.SUPERSCRIPT;
            case "s", "strike", "del" -> Span.Style.STRIKE;
            case "span" -> {
                if (e.attributesSize() == 0) {
                    yield null;
                }
                String style = e.attr("style");
                if (!style.isEmpty() && SMALL_CAPS.matcher(style).find()) {
                    yield Span.Style.SMALL_CAPS;
                }
                yield e.hasClass("smallcaps") || e.hasClass("small-caps") ? Span.Style.SMALL_CAPS : null;
            }
            default -> null;
        };
    }

    static boolean isLink(Element e, String tag) {
        return tag.equals("a") && e.hasAttr("href");
    }

    /** Whether a link is a note reference: marked so (EPUB 3, ARIA, pandoc, calibre) or a short mark in a {@code sup}. */
    static boolean isNoteRef(Element a, boolean inSup) {
        // Cheap tests first: a long page has tens of thousands of links, few of them notes.
        if (a.attr("epub:type").contains("noteref") || a.attr("role").contains("noteref")) {
            return true;
        }
        String classes = a.className();
        if (!classes.isEmpty() && NOTE_CLASS.matcher(classes).find()) {
            return true;
        }
        boolean sup = inSup || (a.childrenSize() == 1 && a.child(0).normalName().equals("sup"));
        return sup && a.attr("href").indexOf('#') >= 0 && NOTE_MARK.matcher(a.text().strip()).matches();
    }

    /** Whether an element holds a footnote's or endnote's text. */
    static boolean isNote(Element e) {
        if (noteType(e.attr("epub:type")) || noteType(e.attr("role")) || isDocutilsFootnote(e)) {
            return true;
        }
        if (!e.normalName().equals("li")) {
            return false;
        }
        Element parent = e.parent();
        // pandoc: <section class="footnotes"><ol><li id="fn1">; calibre and many converters: <div class="footnotes">
        return e.normalName().equals("li") && parent != null && parent.parent() != null
                && (parent.parent().hasClass("footnotes") || parent.parent().hasClass("footnote"));
    }

    /**
     * Whether an element is a footnote as Docutils (and so Sphinx) writes it: {@code aside.footnote} (0.18 on),
     * {@code dl.footnote} (the HTML5 writer before 0.18), {@code table.docutils.footnote} (the HTML4 writer).
     * Citations, written in the same shapes with class {@code citation}, stay as they are.
     */
    static boolean isDocutilsFootnote(Element e) {
        return switch (e.normalName()) {
            case "aside", "dl" -> e.hasClass("footnote");
            case "table" -> e.hasClass("footnote") && e.hasClass("docutils");
            default -> false;
        };
    }

    /**
     * Whether an element inside a note is a Docutils footnote's label or its links back to the marks, not part of
     * the note's text: {@code span.label} and {@code span.backrefs} in the {@code aside}, {@code dt.label} in the
     * {@code dl}, {@code td.label} and a cell's leading {@code <em>(backlinks)</em>} in the {@code table}.
     */
    static boolean isNoteLabel(Element e, String tag) {
        return switch (tag) {
            case "span" -> (e.hasClass("label") || e.hasClass("backrefs")) && e.parent() != null
                    && isDocutilsFootnote(e.parent());
            case "dt" -> e.hasClass("label") && e.parent() != null && isDocutilsFootnote(e.parent());
            case "td" -> e.hasClass("label") && inFootnoteTable(e);
            case "em" -> e.firstElementChild() != null && e.firstElementChild().hasClass("fn-backref")
                    && e.parent() != null && e.parent().normalName().equals("td") && inFootnoteTable(e.parent());
            default -> false;
        };
    }

    /**
     * Whether a {@code code} inside a {@code pre} is a listing of its own: it follows another listing straight away,
     * as Node.js's docs give a module's ES and CommonJS versions in one {@code pre}. A {@code code} inside a
     * listing's text is a word of it: Sphinx's grammar productions write their terms as {@code <code>digit</code>+}
     * or, cross-referenced, {@code <a><code>fill</code></a>}, and a browser shows one block.
     */
    static boolean isNextListing(Element code) {
        Element pre = code.parent();
        return pre != null && pre.normalName().equals("pre")
                && code.previousSibling() instanceof Element before && before.normalName().equals("code");
    }

    /**
     * A Docutils footnote's label as the page writes it ("1", "[1]"), from an element {@link #isNoteLabel} names;
     * {@code null} for the backlinks, which are not a label. A {@code dt}'s label leaves out its
     * {@code span.fn-backref} list of backlinks ("(1, 2)").
     */
    static String noteLabelText(Element label) {
        if (label.hasClass("backrefs") || label.normalName().equals("em")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Node node : label.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode words) {
                text.append(words.text());
            } else if (node instanceof Element e && !(e.normalName().equals("span") && e.hasClass("fn-backref"))) {
                text.append(e.text());
            }
        }
        String written = text.toString().strip();
        return written.isEmpty() ? null : written;
    }

    /** The parts of a table, as {@link #inFootnoteTable} asks about them. */
    static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption");

    /** Whether a table or one of its {@link #TABLE_PARTS} belongs to a Docutils footnote's table (its nearest one). */
    static boolean inFootnoteTable(Element part) {
        for (Element e = part; e != null; e = e.parent()) {
            if (e.normalName().equals("table")) {
                return isDocutilsFootnote(e);
            }
        }
        return false;
    }

    /** Where the importer keeps an element's alignment from Readability, which removes "align" and "style". */
    static final String KEPT_ALIGN = "data-margin-align";

    private static boolean noteType(String types) {
        if (types.isEmpty()) {
            return false; // most elements: no attribute, no split
        }
        for (String type : types.split("\\s+")) {
            if (NOTE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The alignment an element asks for, or {@code null} when it asks for none. */
    static ParagraphForm.Align alignOf(Element e, String tag) {
        if (e.attributesSize() == 0) {
            return tag.equals("center") ? ParagraphForm.Align.CENTER : null;
        }
        String kept = e.attr(KEPT_ALIGN);
        if (!kept.isEmpty()) {
            try {
                return ParagraphForm.Align.valueOf(kept);
            } catch (IllegalArgumentException ignored) {
                // a page's own attribute of that name: read the rest
            }
        }
        if (tag.equals("center")) {
            return ParagraphForm.Align.CENTER;
        }
        String attr = e.attr("align").toLowerCase(Locale.ROOT);
        String style = e.attr("style");
        if (attr.isEmpty() && !style.isEmpty()) {
            Matcher m = ALIGN.matcher(style);
            attr = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        }
        return switch (attr) {
            case "center", "middle" -> ParagraphForm.Align.CENTER;
            case "right", "end" -> ParagraphForm.Align.END;
            case "left", "start", "justify" -> ParagraphForm.Align.START;
            default -> null;
        };
    }

    /** A picture from an {@code img} (or an SVG's {@code image}), or {@code null} when its source is not kept. */
    static Picture pictureOf(Element img, PageLinks links) {
        String src = img.hasAttr("src") ? img.attr("src") : img.hasAttr("xlink:href") ? img.attr("xlink:href")
                : img.attr("href");
        String source = links.picture().apply(src);
        if (source == null) {
            return null;
        }
        Element size = img.normalName().equals("image") && img.parent() != null ? img.parent() : img;
        return new Picture(source, img.attr("alt").strip(), pixels(img, size, "width"), pixels(img, size, "height"));
    }

    /** Whether a picture is an icon in a line of text (both sides given and small): its alt text stands for it. */
    static boolean isIcon(Picture p) {
        return p.sized() && p.width() <= 32 && p.height() <= 32;
    }

    private static int pixels(Element img, Element outer, String side) {
        String v = img.attr(side);
        if (v.isEmpty()) {
            v = outer.attr(side);
        }
        v = v.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("px")) {
            v = v.substring(0, v.length() - 2);
        }
        return NUMBER.matcher(v).matches() ? Integer.parseInt(v) : 0;
    }

    /** A cell's text as a column's: tabs and line ends inside it are spaces, so the row splits only between cells. */
    static String cellText(String text) {
        return text.replace(ParagraphForm.CELL, ' ');
    }

    /** Whether a list item holds its text in {@code p} blocks, as a loose list's items do (Markdown, most tools). */
    static boolean holdsParagraphs(Element item) {
        for (Element child = item.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /** An ordered list's first number ({@code start}), 1 when it gives none. */
    static int startOf(Element list) {
        try {
            return Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * How many rows a table cell spans ({@code rowspan}), 1 to {@value #MAX_ROW_SPAN}; {@code 0}, which HTML reads as
     * "to the end of its row group", spans the most (the group's end stops it, see {@link HtmlRow}).
     */
    static int rowSpanOf(Element cell) {
        String rowspan = cell.attr("rowspan").strip();
        if (rowspan.isEmpty() || !NUMBER.matcher(rowspan).matches()) {
            return 1;
        }
        int rows = Integer.parseInt(rowspan);
        return rows == 0 ? MAX_ROW_SPAN : Math.min(MAX_ROW_SPAN, rows);
    }

    /** HTML's most rows a cell may span. */
    static final int MAX_ROW_SPAN = 65_534;

    /** A table cell's own alignment ({@code align}, {@code text-align}) and column span ({@code colspan}, 1 to 1000). */
    static ParagraphForm.Cell cellOf(Element cell, String tag) {
        ParagraphForm.Align align = cell.attributesSize() == 0 ? null : alignOf(cell, tag);
        int span = 1;
        String colspan = cell.attr("colspan").strip();
        if (!colspan.isEmpty() && NUMBER.matcher(colspan).matches()) {
            span = Math.max(1, Math.min(ParagraphForm.Cell.MAX_SPAN, Integer.parseInt(colspan)));
        }
        return new ParagraphForm.Cell(align == null ? ParagraphForm.Align.START : align, span);
    }
}
