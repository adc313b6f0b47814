package app.margin.article;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Admonitions ("Note", "Tip", "Warning"…) as documentation tools write them, which {@link HtmlText} reads as a note
 * block: the title a strong paragraph of its own, the text quoted below it.
 * <ul>
 * <li>DocBook's stylesheets: {@code div.note} ({@code tip}, {@code warning}, {@code caution}, {@code important})
 *     holding a table of two rows, an icon cell beside the title ({@code th}) and then the text (admonition graphics
 *     on: Debian Reference), or starting with its title as {@code h3.title} (graphics off: git's user manual, the
 *     FHS, debconf's specification).</li>
 * <li>Docutils (so Sphinx) and MkDocs: a {@code div} or {@code aside} starting with {@code p.admonition-title}
 *     (the Ubuntu Packaging Guide, Debian Policy).</li>
 * <li>Publican's sidebars (the Debian Administrator's Handbook's "TIP", "CULTURE", "BACK TO BASICS" boxes): a
 *     {@code div.sidebar} starting (after an anchor) with its {@code div.titlepage}, which holds {@code p.title}.</li>
 * </ul>
 * A box written otherwise (a page's own {@code div.note}) is left as it is.
 */
final class HtmlAdmonitions {

    private HtmlAdmonitions() {}

    private static final Set<String> DOCBOOK_KINDS = Set.of("note", "tip", "warning", "caution", "important");
    /** Parsed once: a selector given as text is parsed at each call. */
    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator SIDEBAR_TITLE = QueryParser.parse("p.title");

    /** Whether an element is an admonition of one of the shapes above. */
    static boolean isAdmonition(Element e) {
        String tag = e.normalName();
        if (e.attributesSize() == 0 || !(tag.equals("div") || tag.equals("aside"))) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first == null) {
            return false;
        }
        if (tag.equals("div") && e.hasClass("sidebar")) {
            Element page = sidebarTitlePage(e);
            return page != null && page.selectFirst(SIDEBAR_TITLE) != null;
        }
        String firstTag = first.normalName();
        if (firstTag.equals("p")) {
            return first.hasClass("admonition-title");
        }
        boolean docBookShape = firstTag.equals("table") || isHeading(firstTag) && first.hasClass("title");
        return docBookShape && docBookKind(e) && (!firstTag.equals("table") || isIconTable(first));
    }

    /**
     * Whether an element is an admonition's title: its {@code p.admonition-title}, its {@code h3.title}, or the
     * {@code th} of its icon table.
     */
    static boolean isTitle(Element e) {
        String tag = e.normalName();
        if (tag.equals("th")) {
            return inIconTable(e);
        }
        if (tag.equals("p") && e.hasClass("title")) {
            return isSidebarTitle(e);
        }
        boolean titled = tag.equals("p") ? e.hasClass("admonition-title") : isHeading(tag) && e.hasClass("title");
        Element box = e.parent();
        return titled && box != null && box.firstElementChild() == e && isAdmonition(box);
    }

    /**
     * What an element inside an admonition is walked as, when not as itself: its icon table's parts as plain blocks
     * ({@code div}: its title, then its text), its title heading as a paragraph; {@code null} for the rest.
     */
    static String walkedAs(Element e, String tag) {
        if (HtmlElements.TABLE_PARTS.contains(tag)) {
            return inIconTable(e) ? "div" : null;
        }
        return isHeading(tag) && isTitle(e) ? "p" : null;
    }

    /** Blocks an admonition's title runs on into: its text's paragraph, or the cell or box around it. */
    static boolean leadsInto(String tag) {
        return tag.equals("p") || tag.equals("div");
    }

    /**
     * Whether a table or one of its parts belongs to a DocBook admonition's icon table (its nearest table is that),
     * which is read as plain blocks: its title, then its text.
     */
    static boolean inIconTable(Element part) {
        for (Element e = part; e != null; e = e.parent()) {
            if (e.normalName().equals("table")) {
                Element box = e.parent();
                return box != null && box.firstElementChild() == e && isAdmonition(box);
            }
        }
        return false;
    }

    /** Whether a picture is an admonition's icon (in the cell beside its title), which is not shown. */
    static boolean isIcon(Element img) {
        for (Element e = img.parent(); e != null; e = e.parent()) {
            switch (e.normalName()) {
                case "td" -> {
                    Element row = e.parent();
                    return row != null && row.getElementsByTag("th").size() > 0 && inIconTable(row);
                }
                case "table" -> {
                    return false;
                }
                default -> { }
            }
        }
        return false;
    }

    /** A sidebar's {@code div.titlepage}: its first child but an empty anchor; else null. */
    private static Element sidebarTitlePage(Element sidebar) {
        for (Element c = sidebar.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (!(c.normalName().equals("a") && c.childNodeSize() == 0)) {
                return c.normalName().equals("div") && c.hasClass("titlepage") ? c : null;
            }
        }
        return null;
    }

    /** Whether a {@code p.title} is the first in the title page of a sidebar, a few wrappers up. */
    private static boolean isSidebarTitle(Element title) {
        Element e = title.parent();
        for (int up = 0; e != null && up < 4 && !e.hasClass("titlepage"); up++) {
            e = e.parent();
        }
        Element box = e == null ? null : e.parent();
        return e != null && e.hasClass("titlepage") && box != null && box.hasClass("sidebar")
                && sidebarTitlePage(box) == e && e.selectFirst(SIDEBAR_TITLE) == title;
    }

    /** DocBook's icon table: its first row holds the title ({@code th}) and a cell with the icon. */
    private static boolean isIconTable(Element table) {
        Element row = table.selectFirst(ROW);
        if (row == null) {
            return false;
        }
        boolean title = false;
        boolean icon = false;
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            title |= cell.normalName().equals("th");
            icon |= cell.normalName().equals("td") && cell.selectFirst(IMG) != null;
        }
        return title && icon;
    }

    private static boolean docBookKind(Element e) {
        for (String name : e.classNames()) {
            if (DOCBOOK_KINDS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
