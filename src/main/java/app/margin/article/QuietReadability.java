package app.margin.article;

import app.margin.model.ParagraphForm;
import java.util.Collection;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Readability4J set up for what Margin wants of it: the main text's words. It logs nothing, skips the last step
 * that readies the HTML for a browser, folds whitespace without a regular expression, and keeps the containers
 * of pictures it would otherwise throw away for their class names. {@link QuietPage} spares it the copies of the
 * page as HTML.
 */
final class QuietReadability {
    private QuietReadability() {}

    /** A Readability that reads {@code page}, changing it as it goes. */
    static Readability4J of(Document page) {
        keepPictures(page);
        ReadabilityOptions options = new ReadabilityOptions();
        RegExUtil regEx = new QuickRegExUtil();
        return new Readability4J("", page, options, regEx, new QuietPreprocessor(regEx), new MetadataParser(regEx),
                new QuietGrabber(options, regEx), new TextOnly());
    }

    /** Short text around a picture: its container is a figure, not a sidebar. */
    private static final int FIGURE_TEXT = 300;

    /**
     * Readability scores an element down by its class names and removes it when they look like clutter ("media",
     * "foot", "banner"): DocBook's {@code <div class="mediaobject">} around every figure of a manual went, picture
     * and all. A picture's own containers, up to where the text around it grows past a caption's length, lose their
     * class names before Readability reads the page, so they are judged by what they hold.
     */
    private static void keepPictures(Document page) {
        // Readability drops "align" and "style": an alignment that carries meaning goes where it does not look.
        for (Element aligned : page.select("[align], [style*=text-align], center")) {
            ParagraphForm.Align align = HtmlElements.alignOf(aligned, aligned.normalName());
            if (align != null) {
                aligned.attr(HtmlElements.KEPT_ALIGN, align.name());
            }
        }
        for (Element img : page.select("img")) {
            Element e = img.parent();
            for (int up = 0; e != null && up < 4 && !e.normalName().equals("body"); up++, e = e.parent()) {
                if (e.text().length() > FIGURE_TEXT || HtmlAdmonitions.isAdmonition(e)) {
                    break; // an admonition's icon: its box keeps the class that makes it a note
                }
                e.removeAttr("class");
            }
        }
    }

    /**
     * Readability describes every element it removes as HTML for its debug log, whether or not anything is logged
     * (the text is built before the logger is asked): a page's worth of serialising that Margin never reads.
     */
    private static final class QuietGrabber extends ArticleGrabber {
        QuietGrabber(ReadabilityOptions options, RegExUtil regEx) {
            super(options, regEx);
        }

        @Override
        protected void logNodeInfo(Node node, String reason) {
            // not logged
        }
    }

    /** As {@link QuietGrabber}, for Readability's first pass over the page. */
    private static final class QuietPreprocessor extends Preprocessor {
        QuietPreprocessor(RegExUtil regEx) {
            super(regEx);
        }

        @Override
        protected void logNodeInfo(Node node, String reason) {
            // not logged
        }
    }

    /**
     * Readability's last step makes link and image addresses absolute and strips class names: work for a browser
     * that will show the HTML. Margin reads only the words, so the step is skipped.
     */
    private static final class TextOnly extends Postprocessor {
        @Override
        public void postProcessContent(Document document, Element content, String uri,
                                       Collection<String> classesToPreserve) {
            // nothing to do for plain text
        }
    }

    /**
     * Readability normalises whitespace with a regular expression on every element's text, a large part of its
     * time on a long page; a loop that copies nothing when there is nothing to do gives the same result.
     */
    private static final class QuickRegExUtil extends RegExUtil {
        QuickRegExUtil() {
            super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
                    NegativeDefaultPattern, ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern,
                    NormalizeDefaultPattern, VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
                    WhitespaceDefaultPattern, HasContentDefaultPattern);
        }

        @Override
        public String normalize(String text) {
            return collapseSpaces(text);
        }
    }

    /** Runs of two or more whitespace characters become one space, as Readability's {@code \s{2,}} does. */
    private static String collapseSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i + 1 < n && !(Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1)))) {
            i++;
        }
        if (i + 1 >= n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    int j = i + 1;
                    out.append(j < n && Character.isWhitespace(text.charAt(j)) ? ' ' : c);
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
