package app.margin.article;

import app.margin.article.EpubBuilder.Toc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Books for tests outside this package. */
public final class TestBooks {
    private TestBooks() {}

    /**
     * A book of 40 chapters ("Chapter 1" to "Chapter 40") of 30 paragraphs each, over 2 MB of chapter text: long
     * enough for its beginning to be shown before the whole of it.
     */
    public static Path longBook(Path file) {
        return longBook(file, "urn:uuid:00000000-0000-4000-8000-000000000001");
    }

    /** {@link #longBook(Path)} with this {@code dc:identifier}. */
    public static Path longBook(Path file, String identifier) {
        EpubBuilder builder = new EpubBuilder().title("The Long Book").identifier(identifier);
        List<Toc> toc = new ArrayList<>();
        String words = "The keeper climbed the stair and looked out over the grey water, counting the boats. ".repeat(28);
        for (int c = 1; c <= 40; c++) {
            StringBuilder body = new StringBuilder("<h1>Chapter " + c + "</h1>");
            for (int p = 1; p <= 30; p++) {
                body.append("<p>").append(c).append('.').append(p).append(' ').append(words).append("</p>");
            }
            builder.chapter("ch" + c + ".xhtml", body.toString());
            toc.add(Toc.of("Chapter " + c, "ch" + c + ".xhtml"));
        }
        return builder.toc(toc.toArray(Toc[]::new)).write(file);
    }

    /**
     * A short book as Sphinx writes one without {@code epub_identifier} set: its identifier is {@code unknown}, as
     * every such book's is (the Debian Policy Manual's, the Ubuntu Packaging Guide's).
     */
    public static Path sphinxBook(Path file, String title, String text) {
        return new EpubBuilder().title(title).identifier("unknown").chapter("index.xhtml", "<h1>" + title + "</h1><p>"
                + text + "</p>").toc(Toc.of(title, "index.xhtml")).write(file);
    }
}
