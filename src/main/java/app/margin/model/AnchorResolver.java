package app.margin.model;

import java.util.Optional;

/**
 * Finds where an anchor sits in a laid-out article. The quote decides; the paragraph index and offsets
 * are only a hint. Search order: the hinted place, the hinted paragraph, the anchor's section, the
 * whole article. Among several matches the one whose context (prefix/suffix) agrees best wins.
 */
public final class AnchorResolver {

    private final ArticleLayout layout;

    public AnchorResolver(ArticleLayout layout) {
        this.layout = layout;
    }

    /** The section heading's block for whole-section anchors, the passage for the others; empty if not found. */
    public Optional<Placement> resolve(Anchor anchor) {
        if (anchor.isWholeSection()) {
            int block = layout.blockOf(anchor.sectionId());
            return block < 0 ? Optional.empty() : Optional.of(new Placement(block, 0, 0));
        }
        TextQuote quote = anchor.quote();
        if (quote.exact().isEmpty()) {
            return Optional.empty();
        }
        int hinted = layout.blockOf(anchor.sectionId(), anchor.paragraphIndex());
        if (hinted >= 0) {
            String text = layout.blocks().get(hinted).text();
            if (anchor.start() >= 0 && anchor.end() <= text.length() && anchor.start() < anchor.end()
                    && text.substring(anchor.start(), anchor.end()).equals(quote.exact())) {
                return Optional.of(new Placement(hinted, anchor.start(), anchor.end()));
            }
        }
        int sectionStart = layout.blockOf(anchor.sectionId());
        Optional<Placement> inSection = sectionStart < 0 ? Optional.empty()
                : best(quote, sectionStart, sectionEnd(sectionStart));
        return inSection.isPresent() ? inSection : best(quote, 0, layout.blocks().size());
    }

    private int sectionEnd(int sectionStart) {
        String id = layout.blocks().get(sectionStart).sectionId();
        int i = sectionStart;
        while (i < layout.blocks().size() && layout.blocks().get(i).sectionId().equals(id)) {
            i++;
        }
        return i;
    }

    private Optional<Placement> best(TextQuote quote, int fromBlock, int toBlock) {
        Placement best = null;
        int bestScore = -1;
        for (int b = fromBlock; b < toBlock; b++) {
            Block block = layout.blocks().get(b);
            if (!block.isParagraph()) {
                continue;
            }
            String text = block.text();
            for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
                int score = contextScore(text, at, at + quote.exact().length(), quote);
                if (score > bestScore) {
                    bestScore = score;
                    best = new Placement(b, at, at + quote.exact().length());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many characters of the stored context agree with the text around a match. */
    static int contextScore(String text, int start, int end, TextQuote quote) {
        int score = 0;
        String prefix = quote.prefix();
        for (int i = 1; i <= prefix.length() && start - i >= 0; i++) {
            if (text.charAt(start - i) != prefix.charAt(prefix.length() - i)) {
                break;
            }
            score++;
        }
        String suffix = quote.suffix();
        for (int i = 0; i < suffix.length() && end + i < text.length(); i++) {
            if (text.charAt(end + i) != suffix.charAt(i)) {
                break;
            }
            score++;
        }
        return score;
    }
}
