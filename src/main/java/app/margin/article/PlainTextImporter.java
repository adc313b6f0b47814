package app.margin.article;

import app.margin.model.Article;
import java.util.List;

/**
 * Turns plain text into an {@link Article} by the layout rules in {@link PlainTextRules}: a title line, an
 * optional "by …" byline, paragraphs separated by blank lines, and short unpunctuated lines as headings of flat
 * sections. Instances are immutable and safe to share between threads.
 */
public final class PlainTextImporter extends TextImporter {

    public PlainTextImporter() {
        this(ArticleReader.Limits.DEFAULTS);
    }

    /** Uses the limits' string length for paragraphs. */
    public PlainTextImporter(ArticleReader.Limits limits) {
        super(limits);
    }

    /** Reads plain text; any line ending is accepted. */
    @Override
    Article convert(String text, String fileName, String articleId) throws ArticleException {
        PlainTextRules.Gutenberg gutenberg = PlainTextRules.gutenberg(text);
        List<List<String>> blocks = PlainTextRules.blocks(gutenberg != null ? gutenberg.body() : text);
        if (blocks.isEmpty()) {
            throw ArticleException.ofFile(fileName, "the file has no text to read", null);
        }
        OutlineBuilder outline = new OutlineBuilder(fileName, limits);
        String title;
        String byline = null;
        String date = null;
        int next;
        if (gutenberg != null) {
            title = gutenberg.title() != null ? gutenberg.title() : blocks.get(0).get(0);
            byline = gutenberg.author();
            date = gutenberg.date();
            // The book's own title page repeats the title: it is shown as the title already.
            next = PlainTextRules.join(blocks.get(0)).equalsIgnoreCase(title) ? 1 : 0;
        } else {
            List<String> titleBlock = blocks.get(0);
            title = titleBlock.get(0);
            outline.paragraph(PlainTextRules.join(titleBlock.subList(1, titleBlock.size())));
            next = 1;
            if (blocks.size() > 1 && PlainTextRules.isByline(blocks.get(1))) {
                byline = PlainTextRules.byline(blocks.get(1));
                next = 2;
            }
        }
        new Sections(blocks, outline).read(next);
        return outline.build(articleId, title, byline, null, date);
    }

    /** Decides, block by block, which are headings (rules 5 to 8 of {@link PlainTextRules}) and at what level. */
    private static final class Sections {
        private final List<List<String>> blocks;
        private final OutlineBuilder outline;
        private final PlainTextRules.Look[] looks;
        private boolean partSeen;
        private int chapterLevel;

        Sections(List<List<String>> blocks, OutlineBuilder outline) {
            this.blocks = blocks;
            this.outline = outline;
            this.looks = new PlainTextRules.Look[blocks.size()];
        }

        void read(int from) {
            for (int i = from; i < blocks.size(); i++) {
                PlainTextRules.Look look = look(i);
                switch (look.kind()) {
                    case RUN_IN -> {
                        outline.heading(level(look.rank()), look.title());
                        outline.paragraph(look.rest());
                    }
                    case NUMBERED -> {
                        if (subtitleAt(i + 1)) {
                            outline.heading(level(look.rank()), look.title() + " " + look(i + 1).title());
                            i++;
                        } else if (opensSection(i)) {
                            outline.heading(level(look.rank()), look.title());
                        } else {
                            outline.paragraph(PlainTextRules.join(blocks.get(i)));
                        }
                    }
                    case PLAIN -> {
                        if (opensSection(i)) {
                            outline.heading(1, look.title());
                        } else {
                            outline.paragraph(PlainTextRules.join(blocks.get(i)));
                        }
                    }
                    default -> outline.paragraph(PlainTextRules.join(blocks.get(i)));
                }
            }
        }

        private PlainTextRules.Look look(int i) {
            if (i >= blocks.size()) {
                return null;
            }
            if (looks[i] == null) {
                looks[i] = PlainTextRules.look(blocks.get(i));
            }
            return looks[i];
        }

        /** A plain candidate followed by a paragraph: the subtitle of the numbered heading before it. */
        private boolean subtitleAt(int i) {
            PlainTextRules.Look look = look(i);
            PlainTextRules.Look after = look(i + 1);
            return look != null && look.kind() == PlainTextRules.Kind.PLAIN && after != null
                    && (after.kind() == PlainTextRules.Kind.PARAGRAPH || after.kind() == PlainTextRules.Kind.RUN_IN);
        }

        /** Whether the heading candidate at {@code i} has text of its own after it, or a lower-ranked heading. */
        private boolean opensSection(int i) {
            PlainTextRules.Look look = look(i);
            for (int j = i + 1; j < blocks.size(); j++) {
                PlainTextRules.Look after = look(j);
                switch (after.kind()) {
                    case PARAGRAPH, RUN_IN:
                        return true;
                    case PLAIN:
                        return false;
                    default:
                        // A numbered heading: this one is its parent if it ranks above it (a plain heading ranks
                        // above every numbered one); the chain goes on until text or a plain candidate.
                        if (look.kind() == PlainTextRules.Kind.NUMBERED && after.rank() <= look.rank()) {
                            return false;
                        }
                        if (subtitleAt(j + 1)) {
                            return true;
                        }
                        look = after;
                }
            }
            return false;
        }

        private int level(int rank) {
            if (rank == 1) {
                partSeen = true;
                chapterLevel = 0;
                return 1;
            }
            if (rank == 2) {
                chapterLevel = partSeen ? 2 : 1;
                return chapterLevel;
            }
            int base = chapterLevel > 0 ? chapterLevel + 1 : partSeen ? 2 : 1;
            return base + (rank - 3);
        }
    }
}
