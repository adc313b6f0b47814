package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.List;

/** Drops a heading that opens the text and repeats the title, as the reader shows the title anyway. */
final class TitleDropper implements TextSink {
    private final TextSink next;
    private final String title;
    private boolean first = true;

    TitleDropper(TextSink next, String title) {
        this.next = next;
        this.title = title;
    }

    @Override
    public void heading(int level, String text) {
        heading(level, text, List.of());
    }

    @Override
    public void heading(int level, String text, List<Span> spans) {
        boolean repeat = first && text.strip().equalsIgnoreCase(title.strip());
        first = false;
        if (!repeat) {
            next.heading(level, text, spans);
        }
    }

    @Override
    public void paragraph(String text) {
        first = false;
        next.paragraph(text);
    }

    @Override
    public void paragraph(String text, ParagraphForm form) {
        first = false;
        next.paragraph(text, form);
    }

    @Override
    public void preformatted(String text) {
        first = false;
        next.preformatted(text);
    }

    @Override
    public void preformatted(String text, ParagraphForm form) {
        first = false;
        next.preformatted(text, form);
    }

    @Override
    public void anchor(String id) {
        next.anchor(id);
    }

    @Override
    public void headingAnchor(String id) {
        next.headingAnchor(id);
    }
}
