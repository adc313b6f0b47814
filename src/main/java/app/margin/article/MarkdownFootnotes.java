package app.margin.article;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * GitHub's footnotes for commonmark-java: a definition {@code [^label]: text} (its further paragraphs indented by
 * four spaces) and a reference {@code [^label]} to a defined label. commonmark-ext-footnotes would do this, but its
 * 0.32.0 is not in Maven Central, so this is the small part of it Margin needs. A reference to a label that has no
 * definition stays text, as a link to an undefined reference does. Labels match as link labels do (case folded).
 */
final class MarkdownFootnotes implements Parser.ParserExtension {

    private MarkdownFootnotes() {}

    static Extension create() {
        return new MarkdownFootnotes();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DefinitionStart()).linkProcessor(new ReferenceProcessor());
    }

    /** {@code [^label]: …}: holds the note's blocks. */
    static final class Definition extends CustomBlock {
        private final String label;

        Definition(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** {@code [^label]} where a definition of that label exists. */
    static final class Reference extends CustomNode {
        private final String label;

        Reference(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private static final class DefinitionParser extends AbstractBlockParser {
        private final Definition block;

        DefinitionParser(String label) {
            block = new Definition(label);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return block.getFirstChild() == null ? BlockContinue.none()
                        : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(state.getColumn() + 4);
            }
            // Another block may start here; if none does, the note's open paragraph takes the line lazily.
            return BlockContinue.none();
        }

        @Override
        public List<DefinitionMap<?>> getDefinitions() {
            DefinitionMap<Definition> map = new DefinitionMap<>(Definition.class);
            map.putIfAbsent(block.label(), block);
            return List.of(map);
        }
    }

    private static final class DefinitionStart implements BlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int index = state.getNextNonSpaceIndex();
            if (index + 2 >= line.length() || line.charAt(index) != '[' || line.charAt(index + 1) != '^') {
                return BlockStart.none();
            }
            int labelStart = index + 2;
            for (int i = labelStart; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ']') {
                    if (i == labelStart || i + 1 >= line.length() || line.charAt(i + 1) != ':') {
                        return BlockStart.none();
                    }
                    String label = line.subSequence(labelStart, i).toString();
                    return BlockStart.of(new DefinitionParser(label)).atIndex(i + 2);
                }
                if (Character.isWhitespace(c) || c == '[' || i - labelStart >= MAX_LABEL) {
                    return BlockStart.none();
                }
            }
            return BlockStart.none();
        }
    }

    /** As link labels: longer ones are not labels (CommonMark's 999 characters). */
    static final int MAX_LABEL = 999;

    private static final class ReferenceProcessor implements LinkProcessor {
        @Override
        public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
            if (info.destination() != null || info.marker() != null) {
                return LinkResult.none();
            }
            String text = info.text(scanner);
            if (text == null || text.length() < 2 || text.charAt(0) != '^') {
                return LinkResult.none();
            }
            if (info.label() != null && context.getLinkReferenceDefinition(info.label()) != null) {
                return LinkResult.none(); // [^x][ref] with [ref] defined is a link
            }
            String label = text.substring(1);
            if (context.getDefinition(Definition.class, label) == null) {
                return LinkResult.none();
            }
            return LinkResult.replaceWith(new Reference(label), info.afterTextBracket());
        }
    }
}
