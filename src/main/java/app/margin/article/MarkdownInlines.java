package app.margin.article;

import app.margin.model.Span;
import java.util.ArrayList;
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
 * number (as written when the note is empty), a TeX formula as the line {@link MarkdownMath} reads. Emphasis, strong, strikethrough, code, links and note references
 * become spans over that text ({@link InlineSpans}, as for web pages), so the text is what the plain import gave and
 * anchors made on it still hold. Iterative, so deep emphasis cannot overflow the stack; styles nested deeper than
 * the nesting limit, and spans past {@link InlineSpans#MAX_SPANS} in one paragraph, are left out (their text is
 * kept).
 */
final class MarkdownInlines {
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
                    if (spans.size() >= InlineSpans.MAX_SPANS) {
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
    /** Whether spans are kept: links and note references only with targets to point them at. */
    private final boolean styled;

    MarkdownInlines(MarkdownTargets targets, int maxNesting) {
        this(targets, maxNesting, targets != null);
    }

    private MarkdownInlines(MarkdownTargets targets, int maxNesting, boolean styled) {
        this.targets = targets;
        this.maxNesting = maxNesting;
        this.styled = styled;
    }

    /** The plain text of a block's inlines, stripped: what a heading's title or an image's alt text reads. */
    static String plain(Node block) {
        return new MarkdownInlines(null, 0).read(block).text();
    }

    /**
     * A section's title: the text {@link #plain} reads (so the section's id is the one links were pointed at) with
     * its emphasis, strong, strikethrough and code; links keep their words, footnote references stay as written.
     */
    static Inline title(Node heading, int maxNesting) {
        return new MarkdownInlines(null, maxNesting, true).read(heading);
    }

    /** The block's inlines as text and spans, the text stripped of white space at its ends. */
    Inline read(Node block) {
        StringBuilder text = new StringBuilder();
        InlineSpans spans = new InlineSpans();
        int[] tokens = new int[16]; // for each node descended into: its span's token, or -1
        int depth = 0;
        Node node = block.getFirstChild();
        while (node != null) {
            int token = -1;
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                int start = text.length();
                text.append(code.getLiteral());
                styled(spans, Span.Style.CODE, null, start, text.length());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (node instanceof Image image) {
                String alt = plain(image);
                if (!alt.isEmpty()) {
                    text.append("[image: ").append(alt).append(']');
                }
            } else if (node instanceof MarkdownMath.Formula formula) {
                appendFormula(formula.line(), text, spans);
            } else if (node instanceof MarkdownFootnotes.Reference reference) {
                appendReference(reference, text, spans);
            } else if (styled && spans.depth() < maxNesting) {
                token = open(node, spans, text.length());
            }
            if (node.getFirstChild() != null && !(node instanceof Image)) {
                if (depth == tokens.length) {
                    tokens = java.util.Arrays.copyOf(tokens, depth * 2);
                }
                tokens[depth++] = token;
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
                int closed = tokens[--depth];
                if (closed >= 0) {
                    spans.close(closed, text.length());
                }
            }
        }
        int begin = 0;
        int end = text.length();
        while (begin < end && Character.isWhitespace(text.codePointAt(begin))) {
            begin += Character.charCount(text.codePointAt(begin));
        }
        while (end > begin && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return new Inline(text.substring(begin, end), spans.take(begin, end));
    }

    /** Opens the span of a styled inline and returns its token, or -1 for an inline that sets nothing. */
    private int open(Node node, InlineSpans spans, int at) {
        if (node instanceof Emphasis) {
            return spans.open(Span.Style.EMPHASIS, null, at);
        } else if (node instanceof StrongEmphasis) {
            return spans.open(Span.Style.STRONG, null, at);
        } else if (node instanceof Strikethrough) {
            return spans.open(Span.Style.STRIKE, null, at);
        } else if (node instanceof Link link && targets != null) {
            String target = targets.link(link.getDestination());
            return target == null ? -1 : spans.open(Span.Style.LINK, target, at);
        }
        return -1;
    }

    private void styled(InlineSpans spans, Span.Style style, String target, int start, int end) {
        if (styled) {
            spans.close(spans.open(style, target, start), end);
        }
    }

    /** A formula's line of text, its scripts as spans. */
    private void appendFormula(MathText.Linear line, StringBuilder text, InlineSpans spans) {
        int at = text.length();
        text.append(line.text());
        for (Span s : line.spans()) {
            styled(spans, s.style(), null, at + s.start(), at + s.end());
        }
    }

    private void appendReference(MarkdownFootnotes.Reference reference, StringBuilder text, InlineSpans spans) {
        String id = targets == null ? null : targets.noteId(reference.label());
        if (id == null) {
            text.append("[^").append(reference.label()).append(']'); // an empty note: as written
            return;
        }
        int start = text.length();
        text.append(targets.noteNumber(reference.label()));
        styled(spans, Span.Style.NOTE_REF, "#" + id, start, text.length());
    }
}
