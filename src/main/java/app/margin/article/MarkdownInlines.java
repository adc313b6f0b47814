package app.margin.article;

import app.margin.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A block's inlines as plain text plus {@link Span}s: text and code as written, line breaks as spaces, inline HTML
 * tags dropped and the text between them kept, an image inside text as "[image: alt]", a footnote reference as its
 * number (as written when the note is empty). Emphasis, strong, strikethrough, code, links and note references become spans over that text, so the text
 * is what today's plain import gives and anchors made on it still hold. Iterative, so deep emphasis cannot overflow
 * the stack; styles nested deeper than the nesting limit, and spans past {@value #MAX_SPANS} in one paragraph, are
 * left out (their text is kept).
 */
final class MarkdownInlines {
    /** The most spans one paragraph keeps. */
    static final int MAX_SPANS = 10_000;

    /** Plain text and its spans, offsets into the text. */
    record Inline(String text, List<Span> spans) {
        static final Inline EMPTY = new Inline("", List.of());

        boolean isEmpty() {
            return text.isEmpty();
        }

        /** This text, {@code separator}, then {@code next}'s text, the spans moved with it. */
        Inline join(Inline next, String separator) {
            return concat(List.of(this, next), separator);
        }

        /** The parts' texts with {@code separator} between them, the spans moved with them: in linear time. */
        static Inline concat(List<Inline> parts, String separator) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Inline part = parts.get(i);
                if (i > 0) {
                    text.append(separator);
                }
                int shift = text.length();
                for (Span s : part.spans) {
                    if (spans.size() >= MAX_SPANS) {
                        break;
                    }
                    spans.add(new Span(s.start() + shift, s.end() + shift, s.style(), s.target()));
                }
                text.append(part.text);
            }
            return new Inline(text.toString(), spans);
        }
    }

    private final MarkdownTargets targets;
    private final int maxNesting;

    MarkdownInlines(MarkdownTargets targets, int maxNesting) {
        this.targets = targets;
        this.maxNesting = maxNesting;
    }

    /** The plain text of a block's inlines, stripped: what a heading's title or an image's alt text reads. */
    static String plain(Node block) {
        return new MarkdownInlines(null, 0).read(block).text();
    }

    /** An open styled inline: its style (or {@code null}), where its text starts, its target. */
    private record Open(Span.Style style, int start, String target) {
        static final Open NONE = new Open(null, 0, null);
    }

    /** The block's inlines as text and spans, the text stripped of white space at its ends. */
    Inline read(Node block) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int styled = 0;
        Node node = block.getFirstChild();
        while (node != null) {
            Open o = Open.NONE;
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                int start = text.length();
                text.append(code.getLiteral());
                add(spans, start, text.length(), Span.Style.CODE, null);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (node instanceof Image image) {
                String alt = plain(image);
                if (!alt.isEmpty()) {
                    text.append("[image: ").append(alt).append(']');
                }
            } else if (node instanceof MarkdownFootnotes.Reference reference) {
                appendReference(reference, text, spans);
            } else if (styled < maxNesting && targets != null) {
                o = open(node, text.length());
            }
            boolean descend = node.getFirstChild() != null && !(node instanceof Image);
            if (descend) {
                open.push(o);
                styled += o.style() != null ? 1 : 0;
                node = node.getFirstChild();
                continue;
            }
            while (true) {
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                if (node == block || node == null) {
                    node = null;
                    break;
                }
                Open closed = open.pop();
                if (closed.style() != null) {
                    styled--;
                    add(spans, closed.start(), text.length(), closed.style(), closed.target());
                }
            }
        }
        return stripped(text, spans);
    }

    private Open open(Node node, int start) {
        if (node instanceof Emphasis) {
            return new Open(Span.Style.EMPHASIS, start, null);
        } else if (node instanceof StrongEmphasis) {
            return new Open(Span.Style.STRONG, start, null);
        } else if (node instanceof Strikethrough) {
            return new Open(Span.Style.STRIKE, start, null);
        } else if (node instanceof Link link) {
            String target = targets.link(link.getDestination());
            return target == null ? Open.NONE : new Open(Span.Style.LINK, start, target);
        }
        return Open.NONE;
    }

    private void appendReference(MarkdownFootnotes.Reference reference, StringBuilder text, List<Span> spans) {
        String id = targets == null ? null : targets.noteId(reference.label());
        if (id == null) {
            text.append("[^").append(reference.label()).append(']'); // an empty note: as written
            return;
        }
        int start = text.length();
        text.append(targets.noteNumber(reference.label()));
        add(spans, start, text.length(), Span.Style.NOTE_REF, "#" + id);
    }

    private static void add(List<Span> spans, int start, int end, Span.Style style, String target) {
        if (end > start && spans.size() < MAX_SPANS) {
            spans.add(new Span(start, end, style, target));
        }
    }

    /** As {@link String#strip()}, the spans moved with the text and cut to it. */
    private static Inline stripped(StringBuilder text, List<Span> spans) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (spans.isEmpty()) {
            return new Inline(text.substring(start, end), List.of());
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int from = Math.max(s.start(), start) - start;
            int to = Math.min(s.end(), end) - start;
            if (to > from) {
                kept.add(new Span(from, to, s.style(), s.target()));
            }
        }
        return new Inline(text.substring(start, end), kept);
    }
}
