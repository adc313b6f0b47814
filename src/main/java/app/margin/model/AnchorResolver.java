package app.margin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds where an anchor sits in a laid-out article, also after the article's text has changed. The quote
 * decides; the paragraph index and offsets are only a hint. A wrong placement is worse than none, so an
 * anchor that cannot be placed with confidence is left unplaced, never guessed.
 *
 * <p>Search order, stopping at the first step that places the anchor with confidence:
 * <ol>
 *   <li>{@code HINT}: the stored paragraph and offsets still hold the quote, with its context unchanged;</li>
 *   <li>{@code EXACT_IN_SECTION}: the exact quote in the anchor's section;</li>
 *   <li>{@code FUZZY_IN_SECTION}: the quote with up to 25% edits (at most {@value #MAX_EDITS}) in the section;</li>
 *   <li>{@code EXACT_ELSEWHERE}, then {@code FUZZY_ELSEWHERE}: the same over the whole article.</li>
 * </ol>
 *
 * <p>How a step chooses among its candidates. Each candidate is scored by
 * {@code 2 × (1 − edits / quote length) + prefix similarity + suffix similarity}, each similarity being
 * {@code 1 − edit distance / context length} of the stored context against the text beside the candidate.
 * A side <em>agrees</em> when that similarity is at least {@value #AGREEING_CONTEXT} over at least
 * {@value #MIN_CONTEXT} characters, or when the stored context reached the paragraph's edge and the candidate's
 * does too. A fuzzy candidate with only one agreeing side needs that side to agree strongly (at least
 * {@value #STRONG_CONTEXT}) and must hold the quote's other end exactly (its first or last quarter,
 * {@value #MIN_CONTEXT} to {@value #ANCHORED_END} characters): the unsure side is where the text was rearranged
 * (a sentence swapped or deleted next to the quote) or where a look-alike passage differs, so edits there are
 * not trusted.
 * <ul>
 *   <li>The best candidate is taken when at least one of its sides agrees and no other candidate scores
 *       within {@value #MARGIN} of it.</li>
 *   <li>When several score about the same, the one at the hint (the stored paragraph, start within
 *       {@value #HINT_TOLERANCE} characters) is taken if exactly one is there; otherwise none is.</li>
 *   <li>When no context agrees, an exact candidate is taken only if it is the one at the hint, or if it is
 *       the quote's only occurrence in the article and the quote is at least {@value #UNIQUE_WITHOUT_CONTEXT}
 *       characters long. A fuzzy candidate always needs agreeing context.</li>
 *   <li>Outside the anchor's section, the context must agree on <em>both</em> sides when the section still
 *       exists (a passage that left it most likely moved as a whole, context and all; one agreeing side is
 *       more often a look-alike passage), and also when the quote is shorter than
 *       {@value #UNIQUE_WITHOUT_CONTEXT} characters (short phrases recur). Only a longer quote whose section
 *       id is gone may be placed elsewhere on one agreeing side, or as a unique occurrence.</li>
 * </ul>
 * Quotes shorter than {@value #MIN_FUZZY_QUOTE} or longer than {@value #MAX_FUZZY_QUOTE} characters are
 * never placed fuzzily, and paragraphs longer than {@value #MAX_FUZZY_PARAGRAPH} characters are not searched
 * fuzzily; this bounds the cost of an anchor whose exact search failed.
 */
public final class AnchorResolver {

    static final int MIN_FUZZY_QUOTE = 4;
    static final int MAX_FUZZY_QUOTE = 1000;
    static final int MAX_EDITS = 32;
    static final int MAX_FUZZY_PARAGRAPH = 50_000;
    static final double AGREEING_CONTEXT = 0.75;
    static final int MIN_CONTEXT = 8;
    static final double MARGIN = 0.25;
    static final int HINT_TOLERANCE = 16;
    static final int UNIQUE_WITHOUT_CONTEXT = 32;
    static final int ANCHORED_END = 16;
    static final double STRONG_CONTEXT = 0.9;

    private final ArticleLayout layout;

    public AnchorResolver(ArticleLayout layout) {
        this.layout = layout;
    }

    /** The section heading's block for whole-section anchors, the passage for the others; empty if unplaced. */
    public Optional<Placement> resolve(Anchor anchor) {
        return resolveDetailed(anchor).asOptional();
    }

    /** Where the anchor sits and how it was found, or {@link Resolution#unplaced()}. */
    public Resolution resolveDetailed(Anchor anchor) {
        if (anchor.isWholeSection()) {
            int block = layout.blockOf(anchor.sectionId());
            return block < 0 ? Resolution.unplaced()
                    : new Resolution(Resolution.Method.HINT, new Placement(block, 0, 0), 0);
        }
        TextQuote quote = anchor.quote();
        if (quote.exact().isEmpty()) {
            return Resolution.unplaced();
        }
        Placement hinted = hintedPlace(anchor);
        if (hinted != null) {
            String text = layout.blocks().get(hinted.blockIndex()).text();
            if (TextQuote.of(text, hinted.start(), hinted.end()).equals(quote)) {
                return new Resolution(Resolution.Method.HINT, hinted, 0);
            }
        }
        int from = layout.blockOf(anchor.sectionId());
        if (from >= 0) {
            int to = sectionEnd(from);
            Candidate c = choose(exactCandidates(quote, from, to), anchor, true, false);
            if (c == null && fuzzyAllowed(quote)) {
                c = choose(fuzzyCandidates(quote, from, to), anchor, true, false);
            }
            if (c != null) {
                Resolution.Method method = c.placement().equals(hinted) ? Resolution.Method.HINT
                        : c.edits() == 0 ? Resolution.Method.EXACT_IN_SECTION : Resolution.Method.FUZZY_IN_SECTION;
                return new Resolution(method, c.placement(), c.edits());
            }
        }
        int all = layout.blocks().size();
        boolean bothSides = from >= 0 || quote.exact().length() < UNIQUE_WITHOUT_CONTEXT;
        Candidate c = choose(exactCandidates(quote, 0, all), anchor, false, bothSides);
        if (c == null && fuzzyAllowed(quote)) {
            c = choose(fuzzyCandidates(quote, 0, all), anchor, false, bothSides);
        }
        if (c == null) {
            return Resolution.unplaced();
        }
        boolean inSection = layout.sectionIdAt(c.placement().blockIndex()).equals(anchor.sectionId());
        Resolution.Method method = c.edits() == 0
                ? (inSection ? Resolution.Method.EXACT_IN_SECTION : Resolution.Method.EXACT_ELSEWHERE)
                : (inSection ? Resolution.Method.FUZZY_IN_SECTION : Resolution.Method.FUZZY_ELSEWHERE);
        return new Resolution(method, c.placement(), c.edits());
    }

    /** A possible place for a quote, scored by how well it and its context agree with the stored quote. */
    private record Candidate(Placement placement, int edits, double score, boolean contextAgrees,
                             boolean bothSidesAgree) {}

    /** The stored place if it is a valid range of the stored paragraph, else null. */
    private Placement hintedPlace(Anchor anchor) {
        int block = layout.blockOf(anchor.sectionId(), anchor.paragraphIndex());
        if (block < 0 || anchor.start() < 0 || anchor.start() >= anchor.end()
                || anchor.end() > layout.blocks().get(block).text().length()) {
            return null;
        }
        return new Placement(block, anchor.start(), anchor.end());
    }

    private static boolean fuzzyAllowed(TextQuote quote) {
        int m = quote.exact().length();
        return m >= MIN_FUZZY_QUOTE && m <= MAX_FUZZY_QUOTE;
    }

    private int sectionEnd(int sectionStart) {
        String id = layout.blocks().get(sectionStart).sectionId();
        int i = sectionStart;
        while (i < layout.blocks().size() && layout.blocks().get(i).sectionId().equals(id)) {
            i++;
        }
        return i;
    }

    private List<Candidate> exactCandidates(TextQuote quote, int fromBlock, int toBlock) {
        List<Candidate> out = new ArrayList<>();
        String exact = quote.exact();
        for (int b = fromBlock; b < toBlock; b++) {
            Block block = layout.blocks().get(b);
            if (block.isParagraph()) {
                String text = block.text();
                for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
                    out.add(candidate(quote, b, at, at + exact.length(), 0));
                }
            }
        }
        return out;
    }

    private List<Candidate> fuzzyCandidates(TextQuote quote, int fromBlock, int toBlock) {
        List<Candidate> out = new ArrayList<>();
        int maxEdits = Math.min(quote.exact().length() / 4, MAX_EDITS);
        for (int b = fromBlock; b < toBlock; b++) {
            Block block = layout.blocks().get(b);
            if (block.isParagraph() && block.text().length() <= MAX_FUZZY_PARAGRAPH) {
                for (FuzzyMatcher.Match m : FuzzyMatcher.search(block.text(), quote.exact(), maxEdits)) {
                    Candidate best = null;
                    for (int[] variant : m.variants()) {
                        for (boolean widen : new boolean[] {true, false}) {
                            int[] range = WordSnap.snap(block.text(), variant[0], variant[1], quote, widen);
                            int edits = range[0] >= range[1] ? Integer.MAX_VALUE
                                    : FuzzyMatcher.distance(quote.exact(), block.text().substring(range[0], range[1]));
                            if (edits <= maxEdits) {
                                Candidate c = candidate(quote, b, range[0], range[1], edits);
                                best = best == null || c.score() > best.score() ? c : best;
                            }
                        }
                    }
                    if (best != null) {
                        out.add(best);
                    }
                }
            }
        }
        return out;
    }

    private Candidate candidate(TextQuote quote, int block, int start, int end, int edits) {
        String text = layout.blocks().get(block).text();
        ContextSide before = ContextSide.before(text, start, quote.prefix());
        ContextSide after = ContextSide.after(text, end, quote.suffix());
        String exact = quote.exact();
        double score = 2.0 * (1.0 - (double) edits / exact.length()) + before.similarity() + after.similarity();
        boolean agrees;
        if (edits == 0 || (before.agrees() && after.agrees())) {
            agrees = before.agrees() || after.agrees();
        } else {
            int w = Math.min(exact.length(), Math.min(ANCHORED_END, Math.max(MIN_CONTEXT, exact.length() / 4)));
            boolean startHolds = end - start >= w && text.startsWith(exact.substring(0, w), start);
            boolean endHolds = end - start >= w && text.startsWith(exact.substring(exact.length() - w), end - w);
            agrees = (before.similarity() >= STRONG_CONTEXT && before.agrees() && endHolds)
                    || (after.similarity() >= STRONG_CONTEXT && after.agrees() && startHolds);
        }
        return new Candidate(new Placement(block, start, end), edits, score, agrees,
                before.agrees() && after.agrees());
    }

    /**
     * The candidate to place the anchor at under the rules in the class comment, or null. {@code inSection}:
     * the candidates are in the anchor's own section, so the hint applies; {@code bothSides}: only a
     * candidate whose context agrees on both sides may be taken.
     */
    private Candidate choose(List<Candidate> candidates, Anchor anchor, boolean inSection, boolean bothSides) {
        if (candidates.isEmpty()) {
            return null;
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate best = sorted.get(0);
        if (bothSides && !best.bothSidesAgree()) {
            return null;
        }
        if (!best.contextAgrees()) {
            List<Candidate> exact = sorted.stream().filter(c -> c.edits() == 0).toList();
            List<Candidate> atHint = inSection ? atHint(exact, anchor) : List.of();
            if (atHint.size() == 1) {
                return atHint.get(0);
            }
            boolean unique = exact.size() == 1 && anchor.quote().exact().length() >= UNIQUE_WITHOUT_CONTEXT
                    && occurrencesInArticle(anchor.quote().exact()) == 1;
            return unique ? exact.get(0) : null;
        }
        List<Candidate> close = sorted.stream().filter(c -> c.score() > best.score() - MARGIN).toList();
        if (close.size() == 1) {
            return best;
        }
        List<Candidate> atHint = inSection ? atHint(close, anchor) : List.of();
        return atHint.size() == 1 ? atHint.get(0) : null;
    }

    private List<Candidate> atHint(List<Candidate> candidates, Anchor anchor) {
        int block = layout.blockOf(anchor.sectionId(), anchor.paragraphIndex());
        return candidates.stream()
                .filter(c -> c.placement().blockIndex() == block
                        && Math.abs(c.placement().start() - anchor.start()) <= HINT_TOLERANCE)
                .toList();
    }

    private int occurrencesInArticle(String exact) {
        int count = 0;
        for (Block block : layout.blocks()) {
            if (block.isParagraph()) {
                String text = block.text();
                for (int at = text.indexOf(exact); at >= 0 && count < 2; at = text.indexOf(exact, at + 1)) {
                    count++;
                }
            }
        }
        return count;
    }
}
