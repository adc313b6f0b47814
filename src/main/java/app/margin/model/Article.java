package app.margin.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article as the reader sees it: a title, an optional byline, lead paragraphs shown before the
 * first heading, and a tree of sections.
 *
 * @param id        stable identifier; annotations belong to an article by this id
 * @param title     the article's title, never blank
 * @param byline    who wrote it, or {@code null}
 * @param source    where it came from (a URL or a citation), or {@code null}
 * @param date      publication date as given by the source (free text, ISO-8601 preferred), or {@code null}
 * @param lead      paragraphs before the first heading; may be empty
 * @param sections  top-level sections in reading order
 * @param truncated whether the source text breaks off mid-sentence; the reader says so after the last word
 * @param language  the text's language as a BCP 47 tag ("en-GB"), from an EPUB's metadata or a page's
 *                  {@code lang}, or {@code null}
 * @param leadPreformatted indices into {@code lead} of its preformatted paragraphs (code), as
 *                  {@link Section#preformatted()} is for a section's
 * @param leadForms how lead paragraphs are set, as {@link Section#forms()} is for a section's
 * @param pictureBase where the article's pictures are ({@link Picture#source()} paths are inside it): the book file
 *                  (an EPUB) or the folder of the page it was read from; {@code null} when it has none
 * @param pages     how many pages the source has (a PDF's), or 0 when it is not paged
 */
public record Article(
        String id,
        String title,
        String byline,
        String source,
        String date,
        List<String> lead,
        List<Section> sections,
        boolean truncated,
        String language,
        Set<Integer> leadPreformatted,
        Map<Integer, ParagraphForm> leadForms,
        String pictureBase,
        int pages) {

    /** The section id the lead paragraphs are annotated under. Valid section ids cannot start with '#'. */
    public static final String LEAD_SECTION_ID = "#lead";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
        leadPreformatted = Section.paragraphIndices(leadPreformatted, lead.size());
        leadForms = Section.paragraphForms(leadForms, lead);
        pictureBase = pictureBase == null || pictureBase.isBlank() ? null : pictureBase;
        if (pages < 0) {
            throw new IllegalArgumentException("pages: " + pages);
        }
    }

    /** An article that is not paged. */
    public Article(String id, String title, String byline, String source, String date, List<String> lead,
                   List<Section> sections, boolean truncated, String language, Set<Integer> leadPreformatted,
                   Map<Integer, ParagraphForm> leadForms, String pictureBase) {
        this(id, title, byline, source, date, lead, sections, truncated, language, leadPreformatted, leadForms,
                pictureBase, 0);
    }

    /** An article whose pictures, if any, have no place to be read from. */
    public Article(String id, String title, String byline, String source, String date, List<String> lead,
                   List<Section> sections, boolean truncated, String language, Set<Integer> leadPreformatted,
                   Map<Integer, ParagraphForm> leadForms) {
        this(id, title, byline, source, date, lead, sections, truncated, language, leadPreformatted, leadForms, null);
    }

    /** This article with its pictures read from {@code base}. */
    public Article withPictureBase(String base) {
        return new Article(id, title, byline, source, date, lead, sections, truncated, language, leadPreformatted,
                leadForms, base, pages);
    }

    /** This article as a source of {@code count} pages (a PDF). */
    public Article withPages(int count) {
        return new Article(id, title, byline, source, date, lead, sections, truncated, language, leadPreformatted,
                leadForms, pictureBase, count);
    }

    /** An article whose lead is set plainly (code blocks apart). */
    public Article(String id, String title, String byline, String source, String date, List<String> lead,
                   List<Section> sections, boolean truncated, String language, Set<Integer> leadPreformatted) {
        this(id, title, byline, source, date, lead, sections, truncated, language, leadPreformatted, Map.of());
    }

    /** The form of lead paragraph {@code index}: {@link ParagraphForm#PLAIN} when it has none. */
    public ParagraphForm leadForm(int index) {
        return leadForms.getOrDefault(index, ParagraphForm.PLAIN);
    }

    /**
     * Whether any paragraph of the article has a form, any section's title spans, or it is paged: whether it needs
     * Margin JSON version 2.
     */
    public boolean rich() {
        if (!leadForms.isEmpty() || pages > 0) {
            return true;
        }
        java.util.ArrayDeque<Section> todo = new java.util.ArrayDeque<>(sections);
        while (!todo.isEmpty()) {
            Section s = todo.pop();
            if (!s.forms().isEmpty() || !s.titleSpans().isEmpty()) {
                return true;
            }
            todo.addAll(s.children());
        }
        return false;
    }

    /** An article whose lead has no preformatted paragraphs. */
    public Article(String id, String title, String byline, String source, String date, List<String> lead,
                   List<Section> sections, boolean truncated, String language) {
        this(id, title, byline, source, date, lead, sections, truncated, language, Set.of());
    }

    /** An article whose language is not given. */
    public Article(String id, String title, String byline, String source, String date, List<String> lead,
                   List<Section> sections, boolean truncated) {
        this(id, title, byline, source, date, lead, sections, truncated, null);
    }
}
