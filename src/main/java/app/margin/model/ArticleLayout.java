package app.margin.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article laid out as the reading pane shows it: a flat list of blocks in reading order, and the
 * outline tree pointing into it. Block indices are the reading pane's paragraph indices.
 */
public final class ArticleLayout {

    /** What the reader shows after the last word of a source that breaks off mid-sentence. */
    public static final String SOURCE_ENDS_TEXT = "The source text ends here, mid-sentence.";

    private final Article article;
    private final List<Block> blocks;
    private final List<OutlineEntry> outline;
    private final Map<String, Integer> sectionStart;
    /** For each block, the index of the outline entry (in reading order) of the section it belongs to. */
    private final int[] sectionOrdinal;
    private final List<String> sectionOrder;
    private final Map<String, String> sectionTitles;
    /** For each block, the page it is on (the last page label at or before it), or null when the source has none. */
    private final String[] pages;
    /** The block each element id inside the article starts at (link and footnote targets). */
    private final Map<String, Integer> targets;
    /** wordsBefore[i] = words in blocks 0..i-1; one more entry than blocks. */
    private final long[] wordsBefore;

    private ArticleLayout(Article article) {
        this.article = article;
        List<Block> out = new ArrayList<>();
        Map<String, Integer> starts = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();

        String lead = Article.LEAD_SECTION_ID;
        starts.put(lead, 0);
        order.add(lead);
        titles.put(lead, article.title());
        out.add(new Block(Block.Kind.TITLE, lead, 0, -1, article.title()));
        if (article.byline() != null && !article.byline().isBlank()) {
            out.add(new Block(Block.Kind.BYLINE, lead, 0, -1, article.byline()));
        }
        for (int i = 0; i < article.lead().size(); i++) {
            out.add(new Block(Block.Kind.PARAGRAPH, lead, 0, i, article.lead().get(i),
                    article.leadPreformatted().contains(i), article.leadForm(i)));
        }
        List<OutlineEntry> roots = new ArrayList<>();
        roots.add(new OutlineEntry(lead, article.title(), 0, List.of()));
        for (Section s : article.sections()) {
            roots.add(addSection(s, 1, out, starts, order, titles));
        }
        if (article.truncated()) {
            String last = order.get(order.size() - 1);
            out.add(new Block(Block.Kind.SOURCE_ENDS, last, 0, -1, SOURCE_ENDS_TEXT));
        }
        this.blocks = List.copyOf(out);
        this.outline = List.copyOf(roots);
        this.sectionStart = Map.copyOf(starts);
        this.sectionOrder = List.copyOf(order);
        this.sectionTitles = Map.copyOf(titles);
        Map<String, Integer> ordinalOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ordinalOf.put(order.get(i), i);
        }
        this.sectionOrdinal = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            sectionOrdinal[i] = ordinalOf.get(blocks.get(i).sectionId());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (String id : blocks.get(i).form().ids()) {
                ids.putIfAbsent(id, i);
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TITLE) {
                ids.putIfAbsent(b.sectionId(), i);
            }
        }
        this.targets = ids.isEmpty() ? Map.of() : Map.copyOf(ids);
        String[] onPage = null;
        String page = null;
        for (int i = 0; i < blocks.size(); i++) {
            String here = blocks.get(i).form().page();
            if (here != null) {
                page = here;
                if (onPage == null) {
                    onPage = new String[blocks.size()];
                }
            }
            if (onPage != null) {
                onPage[i] = page;
            }
        }
        // The title and headings before the first labelled paragraph are on its page: the top of a paper says "p. 1".
        if (onPage != null) {
            int first = 0;
            while (onPage[first] == null) {
                first++;
            }
            java.util.Arrays.fill(onPage, 0, first, onPage[first]);
            // A heading carries no page of its own: it is on the page of what follows it, not of the paragraph
            // before (a section that starts a page said "p. 1" on page 2's heading, in the status bar and at reopening).
            for (int i = blocks.size() - 2; i >= first; i--) {
                Block b = blocks.get(i);
                if ((b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TITLE) && b.form().page() == null) {
                    onPage[i] = onPage[i + 1];
                }
            }
        }
        this.pages = onPage;
        this.wordsBefore = new long[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            wordsBefore[i + 1] = wordsBefore[i] + (b.kind() == Block.Kind.SOURCE_ENDS ? 0 : countWords(b.text()));
        }
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // No character from '!' to U+167F is whitespace: most text never asks Character (slow on C1 alone),
            // which made counting a long book's words a tenth of a second on the FX thread.
            boolean letter = c > ' ' ? c < '\u1680' || !Character.isWhitespace(c) : c != ' ' && !Character.isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Words from the start of {@code blockIndex} to the end of the article. */
    public long wordsFrom(int blockIndex) {
        return wordsBefore[blocks.size()] - wordsBefore[clamp(blockIndex)];
    }

    /** Words from the start of {@code blockIndex} to the end of its section (its own paragraphs, not subsections). */
    public long wordsToSectionEnd(int blockIndex) {
        int b = clamp(blockIndex);
        String id = blocks.get(b).sectionId();
        int end = b;
        while (end < blocks.size() && blocks.get(end).sectionId().equals(id)) {
            end++;
        }
        return wordsBefore[end] - wordsBefore[b];
    }

    public long totalWords() {
        return wordsBefore[blocks.size()];
    }

    private static OutlineEntry addSection(Section s, int level, List<Block> out, Map<String, Integer> starts,
                                           List<String> order, Map<String, String> titles) {
        int start = out.size();
        starts.put(s.id(), start);
        order.add(s.id());
        titles.put(s.id(), s.title());
        out.add(new Block(Block.Kind.HEADING, s.id(), level, -1, s.title(), false, s.titleForm()));
        for (int i = 0; i < s.paragraphs().size(); i++) {
            out.add(new Block(Block.Kind.PARAGRAPH, s.id(), 0, i, s.paragraphs().get(i), s.preformatted().contains(i),
                    s.form(i)));
        }
        List<OutlineEntry> kids = new ArrayList<>();
        for (Section c : s.children()) {
            kids.add(addSection(c, level + 1, out, starts, order, titles));
        }
        return new OutlineEntry(s.id(), s.title(), start, kids);
    }

    public static ArticleLayout of(Article article) {
        return new ArticleLayout(article);
    }

    public Article article() {
        return article;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<OutlineEntry> outline() {
        return outline;
    }

    /** Section ids in reading order, the lead first. */
    public List<String> sectionOrder() {
        return sectionOrder;
    }

    /** The block where the section starts, or -1 if there is no such section. */
    public int blockOf(String sectionId) {
        return sectionStart.getOrDefault(sectionId, -1);
    }

    /**
     * The block a reading place names: paragraph {@code paragraphIndex} of the section, or the section's start when
     * the index is negative (a place at a heading); -1 when the article has no such place.
     */
    public int blockAt(String sectionId, int paragraphIndex) {
        return paragraphIndex < 0 ? blockOf(sectionId) : blockOf(sectionId, paragraphIndex);
    }

    /** The block of paragraph {@code paragraphIndex} of the section, or -1. */
    public int blockOf(String sectionId, int paragraphIndex) {
        int start = blockOf(sectionId);
        if (start < 0) {
            return -1;
        }
        for (int i = start; i < blocks.size() && blocks.get(i).sectionId().equals(sectionId); i++) {
            Block b = blocks.get(i);
            if (b.isParagraph() && b.paragraphIndex() == paragraphIndex) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the source numbers its pages (a PDF): blocks then know the page they are on. */
    public boolean paged() {
        return pages != null;
    }

    /** The page label of the page block {@code blockIndex} is on ("12", "iv"), or {@code null} when not paged. */
    public String pageAt(int blockIndex) {
        return pages == null ? null : pages[clamp(blockIndex)];
    }

    /**
     * The first block on the page labelled {@code label} (as the source labels it, case aside), or else on the
     * {@code label}th page in order; -1 when the article has no such page.
     */
    public int blockOfPage(String label) {
        if (pages == null || label == null || label.isBlank()) {
            return -1;
        }
        String wanted = label.strip();
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] != null && pages[i].equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        try {
            int nth = Integer.parseInt(wanted);
            int seen = 0;
            String last = null;
            for (int i = 0; i < pages.length; i++) {
                if (pages[i] != null && !pages[i].equals(last)) {
                    last = pages[i];
                    if (++seen == nth) {
                        return i;
                    }
                }
            }
        } catch (NumberFormatException notANumber) {
            // a label that is not there
        }
        return -1;
    }

    /**
     * The block an internal link's target ({@code "#id"} or {@code "id"}) points at: an element id a paragraph
     * carries, or a section's id; -1 when nothing in the article has it.
     */
    public int blockOfTarget(String target) {
        if (target == null) {
            return -1;
        }
        String id = target.startsWith("#") ? target.substring(1) : target;
        return targets.getOrDefault(id, -1);
    }

    public String sectionIdAt(int blockIndex) {
        return blocks.get(clamp(blockIndex)).sectionId();
    }

    /** Position of the section in reading order (0 = lead). */
    public int sectionOrdinalAt(int blockIndex) {
        return sectionOrdinal[clamp(blockIndex)];
    }

    public String sectionTitle(String sectionId) {
        return sectionTitles.get(sectionId);
    }

    private int clamp(int blockIndex) {
        return Math.max(0, Math.min(blocks.size() - 1, blockIndex));
    }
}
