package app.margin.article;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline styles of the block being gathered: elements open and close spans at offsets into the block's text as
 * it grows. When the block ends, its spans come out shifted to the text as kept (without the spaces stripped at its
 * start) and clipped to it; spans still open (a link around several paragraphs) go on in the next block from its
 * start.
 */
final class InlineSpans {
    /** Above this many spans a block keeps its text and no more spans: a generated page can nest without end. */
    static final int MAX_SPANS = 2_000;

    private record Open(Span.Style style, String target, int start) {}

    private final List<Open> open = new ArrayList<>();
    private final List<Span> done = new ArrayList<>();

    /** An element of this style starts at {@code at}; returns a token to close it with. */
    int open(Span.Style style, String target, int at) {
        open.add(new Open(style, target, at));
        return open.size() - 1;
    }

    /** Closes the span opened with {@code token} (and any opened inside it and left open) at {@code at}. */
    void close(int token, int at) {
        while (open.size() > token) {
            Open o = open.remove(open.size() - 1);
            if (at > o.start() && done.size() < MAX_SPANS) {
                done.add(new Span(o.start(), at, o.style(), o.target()));
            }
        }
    }

    /** How many spans are open: the token the next {@link #open} returns. */
    int depth() {
        return open.size();
    }

    /** Whether a span of this style is open. */
    boolean inside(Span.Style style) {
        for (Open o : open) {
            if (o.style() == style) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finished block's spans for its text {@code [begin, end)} of the gathered text, offsets from {@code begin};
     * spans still open end with the block and start again at the next one's beginning.
     */
    List<Span> take(int begin, int end) {
        if (done.isEmpty() && open.isEmpty()) {
            return List.of(); // most blocks of most pages
        }
        List<Span> out = new ArrayList<>(done.size() + open.size());
        for (Span s : done) {
            add(out, s.start(), s.end(), s.style(), s.target(), begin, end);
        }
        for (int i = 0; i < open.size(); i++) {
            Open o = open.get(i);
            add(out, o.start(), end, o.style(), o.target(), begin, end);
            open.set(i, new Open(o.style(), o.target(), 0));
        }
        done.clear();
        return out;
    }

    /**
     * The {@code spans} of a text that lie in its part {@code [begin, begin + length)}, as offsets into that part,
     * cut at its ends: a heading's spans once its title is stripped.
     */
    static List<Span> within(List<Span> spans, int begin, int length) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            add(out, s.start(), s.end(), s.style(), s.target(), begin, begin + length);
        }
        return out;
    }

    private static void add(List<Span> out, int start, int stop, Span.Style style, String target, int begin,
                            int end) {
        int s = Math.max(start, begin) - begin;
        int e = Math.min(stop, end) - begin;
        if (e > s) {
            out.add(new Span(s, e, style, target));
        }
    }
}
