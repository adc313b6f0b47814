package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
import org.jsoup.nodes.Element;

/**
 * What {@link HtmlText} meets in the text that is not words: a formula, set as a line of text, and a picture, set as
 * a paragraph of its own or as its figure's picture.
 */
final class HtmlEmbedded {
    private HtmlEmbedded() {
    }

    /**
     * A formula as one line of text ({@link MathText}) with its scripts as spans; one that asks to be displayed is a
     * centred paragraph of its own, except where a block cannot end (a table cell, a caption, a heading).
     */
    static void math(HtmlBlock block, Element element) {
        MathText.Linear line = MathText.of(element);
        if (line.text().isEmpty()) {
            return;
        }
        boolean display = MathMarkup.isDisplay(element) && !block.gathering() && block.headingLevel == 0
                && block.preDepth == 0;
        if (display) {
            block.flush();
            block.aligns.push(ParagraphForm.Align.CENTER);
        }
        int at = block.text.length();
        block.text.append(line.text());
        for (Span s : line.spans()) {
            block.spans.close(block.spans.open(s.style(), null, at + s.start()), at + s.end());
        }
        if (display) {
            block.flush();
            block.aligns.pop();
        }
    }

    /**
     * A picture: a paragraph of its own, or its figure's picture (the figure's first); none in a table row, a heading
     * or preformatted text, and no admonition's icon, nor an icon outside a figure.
     */
    static void picture(HtmlBlock block, Element img, PageLinks links) {
        Picture picture = HtmlFigures.withoutFileNameAlt(HtmlElements.pictureOf(img, links));
        if (picture == null || block.row.depth > 0 || block.headingLevel > 0 || block.preDepth > 0
                || (block.admonitions > 0 && HtmlAdmonitions.isIcon(img))) {
            return;
        }
        if (block.figureDepth > 0) {
            if (block.figurePicture == null) {
                block.figurePicture = picture;
            }
            return;
        }
        if (HtmlElements.isIcon(picture)) {
            return;
        }
        block.flush();
        block.figurePicture = picture;
        block.text.append(HtmlFigures.text(picture));
        block.flush();
    }
}
