package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * TeX math in Markdown, as pandoc, GitHub, GitLab and Jupyter read it: {@code $…$} inline (the opening {@code $}
 * with a non-space after it, the next dollar closing it when a non-space stands before it and no digit after it, so
 * "$5 and $10" stays text; {@code \$} is a dollar), {@code $$…$$} displayed (a paragraph of its own, centred, split out of the paragraph
 * it stands in), and a fenced block whose info is {@code math}. Code spans and code blocks are never read as math.
 * The TeX is read by {@link MarkdownTex} into what {@link MathText} makes of MathML. Finding a closing dollar costs
 * time linear in the paragraph however many unclosed dollars it has: the first closer after a point is remembered.
 */
final class MarkdownMath implements Parser.ParserExtension {

    private MarkdownMath() {}

    static Extension create() {
        return new MarkdownMath();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new Factory()).postProcessor(new Displays());
    }

    /** A formula met in text: its TeX, and whether it was written to be displayed ({@code $$…$$}). */
    static final class Formula extends CustomNode {
        private final String tex;
        private final boolean display;
        private MathText.Linear line;

        Formula(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }

        boolean display() {
            return display;
        }

        /** The formula's line of text with its script spans. */
        MathText.Linear line() {
            if (line == null) {
                MathText.Linear read = MarkdownTex.read(tex);
                line = read != null ? read : new MathText.Linear(tex, List.of());
            }
            return line;
        }
    }

    /** A displayed formula standing as a block of its own: a {@code $$…$$} split out of its paragraph. */
    static final class Display extends CustomBlock {
        private final Formula formula;

        Display(Formula formula) {
            this.formula = formula;
        }

        MathText.Linear line() {
            return formula.line();
        }
    }

    /** The line of a fenced block that {@link #isFence} says is math. */
    static MathText.Linear fence(FencedCodeBlock fenced) {
        MathText.Linear line = MarkdownTex.read(fenced.getLiteral().strip());
        return line != null ? line : new MathText.Linear(fenced.getLiteral().strip(), List.of());
    }

    /** Whether a fenced block is math (GitHub's and GitLab's {@code math} info) short enough to read as a formula. */
    static boolean isFence(FencedCodeBlock fenced) {
        String info = fenced.getInfo() == null ? "" : fenced.getInfo().strip();
        int space = info.indexOf(' ');
        String word = space < 0 ? info : info.substring(0, space);
        return word.toLowerCase(Locale.ROOT).equals("math") && fenced.getLiteral().length() <= MarkdownTex.MAX_LENGTH;
    }

    private static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new Dollars();
        }
    }

    /** Reads {@code $…$} and {@code $$…$$} where a dollar stands in text (not escaped, not in code). */
    private static final class Dollars implements InlineContentParser {
        /** The last search for a closer: in which paragraph, from where, and the closer found ({@code null}: none). */
        private final Search inline = new Search();
        private final Search display = new Search();

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            Position opener = scanner.position();
            scanner.next(); // $
            boolean twice = scanner.next('$');
            Position contentStart = scanner.position();
            char first = scanner.peek();
            if (first == Scanner.END || first == '`' || !twice && Character.isWhitespace(first)) {
                scanner.setPosition(opener);
                return ParsedInline.none();
            }
            scanner.next();
            Position searchFrom = scanner.position();
            Search search = twice ? display : inline;
            Position closer = search.closer(scanner, searchFrom, first, twice);
            if (closer == null) {
                scanner.setPosition(opener);
                return ParsedInline.none();
            }
            String tex = scanner.getSource(contentStart, closer).getContent();
            if (tex.length() > MarkdownTex.MAX_LENGTH || tex.isBlank()) {
                scanner.setPosition(opener);
                return ParsedInline.none();
            }
            scanner.setPosition(closer);
            scanner.next();
            if (twice) {
                scanner.next();
            }
            return ParsedInline.of(new Formula(tex, twice), scanner.position());
        }
    }

    /**
     * The first closing dollar at or after a point, remembered with where the search stopped so that later openers
     * before that point need not look again (whether a dollar closes depends only on the characters beside it).
     */
    private static final class Search {
        private Scanner scanner;
        private Position from;
        private Position stopped;
        private Position found;

        /**
         * The closer at or after {@code start} (the scanner stands there, {@code before} just before it), or
         * {@code null}: for {@code $$}, the first unescaped {@code $$}; for {@code $}, the first unescaped {@code $}
         * when it follows a non-space and no digit follows it. A backtick ends the search: a formula does not run
         * into a code span ({@code `$HOME`}).
         */
        Position closer(Scanner s, Position start, char before, boolean twice) {
            if (s == scanner && start.compareTo(from) >= 0 && start.compareTo(stopped) <= 0) {
                return found;
            }
            scanner = s;
            from = start;
            found = null;
            stopped = start;
            boolean escaped = before == '\\';
            char previous = before;
            while (s.hasNext()) {
                char c = s.peek();
                Position at = s.position();
                stopped = at;
                s.next();
                if (c == '`') {
                    break;
                }
                if (c == '$' && !escaped && (!twice || s.peek() == '$')) {
                    // pandoc: the first dollar closes, or nothing does: "$5 and $10" is not a formula
                    boolean closes = twice || !Character.isWhitespace(previous) && !Character.isDigit(s.peek());
                    found = closes ? at : null;
                    break;
                }
                escaped = c == '\\' && !escaped;
                previous = c;
            }
            return found;
        }
    }

    /** Splits each paragraph at its displayed formulas: the text before, the formula, the text after. */
    private static final class Displays implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<Paragraph> split = new ArrayList<>();
            Node node = document.getFirstChild();
            while (node != null) {
                if (node instanceof Paragraph paragraph) {
                    if (holdsDisplay(paragraph)) {
                        split.add(paragraph);
                    }
                } else if (node instanceof Block && node.getFirstChild() instanceof Block) {
                    node = node.getFirstChild(); // lists, items, quotes, footnotes
                    continue;
                }
                Node up = node;
                Node next = up.getNext();
                while (next == null) {
                    up = up.getParent();
                    if (up == null || up == document) {
                        break;
                    }
                    next = up.getNext();
                }
                node = next;
            }
            split.forEach(Displays::split);
            return document;
        }

        private static boolean holdsDisplay(Paragraph paragraph) {
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Formula f && f.display()) {
                    return true;
                }
            }
            return false;
        }

        private static void split(Paragraph paragraph) {
            Paragraph text = null;
            Node child = paragraph.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.unlink();
                if (child instanceof Formula f && f.display()) {
                    paragraph.insertBefore(new Display(f));
                    text = null;
                } else if (text != null || !blank(child)) {
                    if (text == null) {
                        text = new Paragraph();
                        paragraph.insertBefore(text);
                    }
                    text.appendChild(child);
                }
                child = next;
            }
            paragraph.unlink();
        }

        private static boolean blank(Node inline) {
            return inline instanceof SoftLineBreak || inline instanceof HardLineBreak
                    || inline instanceof Text t && t.getLiteral().isBlank();
        }
    }
}
