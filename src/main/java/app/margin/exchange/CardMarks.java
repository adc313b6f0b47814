package app.margin.exchange;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.study.Card;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The marks (emphasis, code, links) of a card's passage, and the page it is on in a paged source, for Anki's fields.
 * A card keeps its passage as plain words and its section, not where in the section they are, so its marks and page
 * are those of the first paragraph of its section that holds the passage, at the first place it does; a passage no
 * longer in its section (the article changed) has none.
 */
final class CardMarks {
    /** A paragraph, its form, and the page it starts on (its own label, else the last one before it), or null. */
    private record Paragraph(String text, ParagraphForm form, String page) {}

    private final Map<String, List<Paragraph>> sections = new HashMap<>();
    /** While collecting, in reading order: the last page label seen. */
    private String page;

    private CardMarks(Article article) {
        List<Paragraph> lead = new ArrayList<>();
        for (int i = 0; i < article.lead().size(); i++) {
            lead.add(paragraph(article.lead().get(i), article.leadForm(i)));
        }
        sections.put(Article.LEAD_SECTION_ID, lead);
        collect(article.sections());
    }

    /** The marks of the cards of {@code article}; an article without forms costs nothing. */
    static CardMarks of(Article article) {
        return new CardMarks(article);
    }

    private void collect(List<Section> list) {
        for (Section s : list) {
            List<Paragraph> paragraphs = new ArrayList<>(s.paragraphs().size());
            for (int i = 0; i < s.paragraphs().size(); i++) {
                paragraphs.add(paragraph(s.paragraphs().get(i), s.form(i)));
            }
            sections.put(s.id(), paragraphs);
            collect(s.children());
        }
    }

    private Paragraph paragraph(String text, ParagraphForm form) {
        if (form.page() != null) {
            page = form.page();
        }
        return new Paragraph(text, form, page);
    }

    /** The first paragraph of the card's section that holds its passage (any, for a card without one), or null. */
    private Paragraph holding(Card card) {
        for (Paragraph p : sections.getOrDefault(card.sectionId(), List.of())) {
            if (p.text().contains(card.quote())) {
                return p;
            }
        }
        return null;
    }

    /** The spans of the card's passage, offsets into it; empty when it is plain or not found. */
    List<Span> of(Card card) {
        String quote = card.quote();
        Paragraph p = quote.isEmpty() ? null : holding(card);
        if (p == null || p.form().spans().isEmpty()) {
            return List.of();
        }
        int at = p.text().indexOf(quote);
        return MarkedHtml.within(p.form().spans(), at, at + quote.length());
    }

    /**
     * The page label of the card's passage in a paged source (a PDF): the page its paragraph starts on; for a card
     * without a passage (a section note's), its section's first page. Empty for a source without pages, or a passage
     * no longer in its section.
     */
    java.util.Optional<String> page(Card card) {
        Paragraph p = holding(card);
        return p == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(p.page());
    }
}
