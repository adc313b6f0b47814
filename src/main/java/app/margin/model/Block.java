package app.margin.model;

/**
 * One displayed paragraph of the reading pane: the title, the byline, a heading, a body paragraph, or
 * the reader's mark where a truncated source ends.
 *
 * @param kind           what it is
 * @param sectionId      the section it belongs to ({@link Article#LEAD_SECTION_ID} for title, byline and lead)
 * @param level          heading depth (1 for top-level sections); 0 for other kinds
 * @param paragraphIndex index of a body paragraph within its section; -1 for other kinds
 * @param text           the text shown
 * @param preformatted   whether a body paragraph is preformatted text (code), shown in a monospace block; it is
 *                       still a {@link Kind#PARAGRAPH} for anchoring, find and reading positions. False for
 *                       other kinds.
 * @param form           how a paragraph is set beyond its text; for a heading, its title's spans
 *                       ({@link Section#titleForm()}); {@link ParagraphForm#PLAIN} for other kinds
 */
public record Block(Kind kind, String sectionId, int level, int paragraphIndex, String text, boolean preformatted,
                    ParagraphForm form) {

    public enum Kind { TITLE, BYLINE, HEADING, PARAGRAPH, SOURCE_ENDS }

    public Block {
        form = form == null ? ParagraphForm.PLAIN : form;
    }

    /** A block set plainly. */
    public Block(Kind kind, String sectionId, int level, int paragraphIndex, String text, boolean preformatted) {
        this(kind, sectionId, level, paragraphIndex, text, preformatted, ParagraphForm.PLAIN);
    }

    /** A block that is not preformatted. */
    public Block(Kind kind, String sectionId, int level, int paragraphIndex, String text) {
        this(kind, sectionId, level, paragraphIndex, text, false);
    }

    public boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }
}
