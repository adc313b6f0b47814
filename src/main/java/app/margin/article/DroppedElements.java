package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a page that hold no reading text: scripts, styles, embedded objects, form controls, hidden
 * elements ({@code hidden}, {@code aria-hidden="true"}, {@code display:none}, {@code visibility:hidden}) and forms,
 * except one that wraps a whole page's text (ASP.NET pages do). {@link HtmlText} skips them; before Readability reads
 * a page they are taken out of it.
 */
final class DroppedElements {
    /** Elements whose content is never reading text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "source", "map", "head", "title", "link", "meta",
            "button", "input", "select", "textarea", "option", "datalist", "dialog", "frameset", "frame");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private DroppedElements() {}

    /**
     * Removes from {@code root} what {@link HtmlText#walk} would skip, so a library that reads the element after
     * (Readability) never sees it either: it drops style attributes and would keep text hidden by them.
     */
    static void removeFrom(Element root) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != root && isDropped(element, element.normalName())) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : doomed) {
            element.remove();
        }
    }

    /** Whether the element, named {@code tag}, holds no reading text. */
    static boolean isDropped(Element element, String tag) {
        if (DROPPED.contains(tag)) {
            return true;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        // A search box or comment form goes; a form around a whole page (ASP.NET) keeps its text.
        return tag.equals("form") && element.selectFirst("p, h1, h2, h3, h4, h5, h6, article") == null;
    }
}
