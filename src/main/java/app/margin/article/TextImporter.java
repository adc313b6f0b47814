package app.margin.article;

import app.margin.model.Article;
import java.util.Objects;

/**
 * What the importers of text formats (Markdown, plain text) share: the limits they keep to, and one entry point
 * that checks what it is given before the format's own rules turn the text into an {@link Article}.
 */
abstract class TextImporter {
    final ArticleReader.Limits limits;

    TextImporter(ArticleReader.Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a text file's content.
     *
     * @param text      the text; a leading byte order mark is ignored
     * @param fileName  names the source in messages
     * @param articleId the id of the new article; see {@link ArticleImporter} for the one it uses
     */
    public final Article read(String text, String fileName, String articleId) throws ArticleException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(articleId, "articleId");
        return convert(text, fileName, articleId);
    }

    /** The format's rules, given arguments already checked. */
    abstract Article convert(String text, String fileName, String articleId) throws ArticleException;
}
