package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Tag;

/**
 * The parsed page as Readability reads it, without the copies of it as HTML that Readability makes and Margin
 * never reads: it serialises the whole page before it starts (to restore it if it must look again) and its
 * article three times over for a debug log that is built whether or not anything is logged. On a 2 MB page
 * that was a fifth of the time to find the article. Here the page's HTML is a placeholder and the elements
 * Readability makes (the article among them) print as nothing; should Readability want the page back, it
 * gets {@link RetryNeeded} instead, and the caller runs it again the usual way. The parsed document's nodes
 * move into this one.
 */
final class QuietPage extends Document {
    private static final String NOT_KEPT = "<!-- the page as HTML: not kept -->";

    QuietPage(Document parsed) {
        super(parsed.parser().defaultNamespace(), parsed.location());
        parser(parsed.parser());
        outputSettings(parsed.outputSettings());
        quirksMode(parsed.quirksMode());
        appendChildren(detachChildren(parsed));
        Element body = body();
        if (body != null) {
            Element guarded = new GuardedBody(body);
            guarded.appendChildren(detachChildren(body));
            body.replaceWith(guarded);
        }
    }

    /** The element's children, taken out of it at once (one at a time costs a re-index each). */
    private static List<Node> detachChildren(Element element) {
        List<Node> children = new ArrayList<>(element.childNodes());
        element.empty();
        return children;
    }

    @Override
    public String html() {
        return NOT_KEPT;
    }

    @Override
    public Element createElement(String tagName) {
        return new Unprinted(parser().tagSet().valueOf(tagName, parser().defaultNamespace(),
                ParseSettings.preserveCase), baseUri());
    }

    /** An element Readability made: its HTML is only ever wanted for Readability's debug log. */
    private static final class Unprinted extends Element {
        Unprinted(Tag tag, String baseUri) {
            super(tag, baseUri);
        }

        @Override
        public String html() {
            return "";
        }
    }

    /** The page's body, which Readability would restore from the placeholder: that is the signal to retry. */
    private static final class GuardedBody extends Element {
        GuardedBody(Element body) {
            super(body.tag(), body.baseUri(), body.attributes().clone());
        }

        @Override
        public Element html(String html) {
            if (NOT_KEPT.equals(html)) {
                throw new RetryNeeded();
            }
            return super.html(html);
        }
    }

    /** Readability wants to look at the page again with other rules. */
    static final class RetryNeeded extends RuntimeException {
        RetryNeeded() {
            super("Readability looks again", null, false, false);
        }
    }
}
