package app.margin.article;

import app.margin.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * Turns plain text into an {@link Article} by the layout rules in {@link PlainTextRules}: a title line, an
 * optional "by …" byline, paragraphs separated by blank lines, and short unpunctuated lines as headings of flat
 * sections. Instances are immutable and safe to share between threads.
 */
public final class PlainTextImporter {
    private final ArticleReader.Limits limits;

    public PlainTextImporter() {
        this(ArticleReader.Limits.DEFAULTS);
    }

    /** Uses the limits' string length for paragraphs. */
    public PlainTextImporter(ArticleReader.Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads plain text.
     *
     * @param text      the text; a leading byte order mark is ignored and any line ending is accepted
     * @param fileName  names the source in messages
     * @param articleId the id of the new article; see {@link ArticleImporter} for the one it uses
     */
    public Article read(String text, String fileName, String articleId) throws ArticleException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(articleId, "articleId");
        List<List<String>> blocks = PlainTextRules.blocks(text);
        if (blocks.isEmpty()) {
            throw ArticleException.ofFile(fileName, "the file has no text to read", null);
        }
        List<String> titleBlock = blocks.get(0);
        OutlineBuilder outline = new OutlineBuilder(fileName, limits);
        outline.paragraph(PlainTextRules.join(titleBlock.subList(1, titleBlock.size())));
        int next = 1;
        String byline = null;
        if (blocks.size() > 1 && PlainTextRules.isByline(blocks.get(1))) {
            byline = PlainTextRules.byline(blocks.get(1));
            next = 2;
        }
        for (int i = next; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            boolean paragraphFollows = i + 1 < blocks.size() && !PlainTextRules.isHeadingCandidate(blocks.get(i + 1));
            if (PlainTextRules.isHeadingCandidate(block) && paragraphFollows) {
                outline.heading(1, block.get(0));
            } else {
                outline.paragraph(PlainTextRules.join(block));
            }
        }
        return outline.build(articleId, titleBlock.get(0), byline);
    }
}
