package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an EPUB chapter holds to find one's way in it rather than to read, which the book's outline and its own
 * links stand in for. A chapter a documentation tool made ({@link ManualPages}: Sphinx writes its web pages'
 * "Navigation" bars, next and previous, above and below every chapter, and its footer under it) loses the same
 * navigation as that tool's web page. In any book, a navigation landmark ({@code role="navigation"}) and a
 * {@code nav} go, but a contents page ({@code nav epub:type="toc"}), which the book shows as a page.
 */
final class EpubNavigation {
    private EpubNavigation() {}

    /** Takes the navigation out of {@code body}, the body of {@code chapter}. */
    static void dropFrom(Document chapter, Element body) {
        if (ManualPages.isManual(chapter)) {
            ManualPages.dropNavigation(body);
            return;
        }
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el != body && isNavigation(el)) {
                doomed.add(el); // one inside another goes with it; removing it again from its parent is harmless
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isNavigation(Element el) {
        if (has(el.attr("role"), "navigation")) {
            return true;
        }
        return EpubPackage.local(el).equals("nav") && !has(el.attr("epub:type"), "toc");
    }

    /** Whether a space-separated list of tokens has {@code token}. */
    private static boolean has(String tokens, String token) {
        return (" " + tokens.strip().toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + token + " ");
    }
}
