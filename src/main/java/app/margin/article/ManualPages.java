package app.margin.article;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages a documentation tool made (DocBook, Texinfo, Sphinx, AsciiDoc, LaTeX2HTML, pandoc, Doxygen…, by their
 * {@code <meta name="generator">}). Readability looks for one article among a page's boilerplate, and in a manual
 * it took one chapter of a manual set on one page (the Filesystem Hierarchy Standard, DocBook, lost its first three
 * chapters and a quarter of its words; dvips's manual, Texinfo, three tenths) or left out a chapter's footnotes
 * (Debian Policy's, Sphinx). A manual's page has no boilerplate but the generator's navigation: it is read whole,
 * without that navigation (tables of contents, next/previous bars, sidebars, the footer), which the outline and the
 * page's own links stand in for.
 */
final class ManualPages {
    private static final Pattern GENERATOR = Pattern.compile("(?i)docbook|makeinfo|texinfo|texi2html|sphinx|docutils"
            + "|asciidoc|latex2html|tex4ht|hevea|pandoc|doxygen|javadoc|mkdocs|gtk-doc|publican");
    /** What the generators put around the text to find one's way: DocBook's, Texinfo's, Sphinx's. */
    private static final String NAVIGATION = "div.toc, div.navheader, div.navfooter, div.list-of-tables, "
            + "div.list-of-figures, div.list-of-examples, div.contents, div.shortcontents, div.header, div.nav-panel, "
            + "div.sphinxsidebar, div.related, div.footer, nav, [role=navigation], "
            // Publican's (the Debian Administrator's Handbook): its next/previous bars and the banner and logo links
            // above them.
            + "ul.docnav, body > div#banner, body > p#title";

    private ManualPages() {}

    /** Whether a documentation tool made the page. */
    static boolean isManual(Document page) {
        for (Element meta : page.select("meta[name]")) {
            if (meta.attr("name").equalsIgnoreCase("generator") && GENERATOR.matcher(meta.attr("content")).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A manual page's title: its one {@code h1}, without a permalink mark, when the page's {@code <title>} holds it
     * and more ("10. Files — Debian Policy Manual v4.6.2.0" for the heading "10. Files"), so the heading is the
     * title (and is not repeated as a section); else {@code null}.
     */
    static String title(String pageTitle, Element body) {
        var h1s = body.select("h1");
        if (h1s.size() != 1) {
            return null;
        }
        Element h1 = h1s.first().clone();
        h1.select("a.headerlink, a.anchor, a.permalink").remove();
        String heading = h1.text().replaceAll("[¶§#]+$", "").strip();
        return !heading.isEmpty() && pageTitle.contains(heading) && !pageTitle.strip().equals(heading) ? heading : null;
    }

    /** Takes the generator's navigation out of {@code body}. */
    static void dropNavigation(Element body) {
        body.select(NAVIGATION).remove();
    }
}
