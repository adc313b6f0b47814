package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a plain-text file is read as an article; the importer applies these rules in order.
 * <ol>
 *   <li>A leading byte order mark is ignored; Windows ({@code \r\n}) and old Mac ({@code \r}) line endings count
 *       as line breaks.</li>
 *   <li>Blank lines (empty or only spaces) separate <em>blocks</em>. Within a block each line is stripped of
 *       surrounding spaces and the lines are joined with one space, so a paragraph wrapped at any width reads as
 *       one paragraph.</li>
 *   <li>The first non-blank line is the title. Further lines in the title's block are the first paragraph.</li>
 *   <li>The block after the title is the byline if it starts with "by " (any case) and is at most
 *       {@value #MAX_SHORT_LINE} characters. A trailing view count (" 58 views") is removed: pages saved from
 *       the web put it on the byline's line.</li>
 *   <li>A block is a heading when it is one line of at most {@value #MAX_SHORT_LINE} characters that does not
 *       end like a sentence (see {@link #endsLikeASentence}) and the next block is a paragraph, that is, not
 *       itself a heading candidate. So a short line at the very end is a paragraph, and of several short lines
 *       in a row only the last is a heading. All headings are level 1: the sections are flat.</li>
 *   <li>Every other block is a paragraph; those before the first heading are the lead.</li>
 * </ol>
 */
final class PlainTextRules {
    /** The longest line, in characters, that can be a heading or a byline. */
    static final int MAX_SHORT_LINE = 80;

    private static final String SENTENCE_ENDS = ".!?:;…,";
    /** Closing quotes and brackets that may follow the sentence punctuation: {@code He said "no."} */
    private static final String CLOSERS = "\"'”’»)]";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern VIEW_COUNT = Pattern.compile("\\s+\\d[\\d,.]*\\s+views?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PlainTextRules() {}

    /** The text's blocks, each a list of stripped non-blank lines. */
    static List<List<String>> blocks(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : LINE_BREAK.split(body, -1)) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line.strip());
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** The block's lines joined with one space. */
    static String join(List<String> lines) {
        return String.join(" ", lines);
    }

    /** Whether the line ends with . ! ? : ; … or a comma, optionally followed by closing quotes or brackets. */
    static boolean endsLikeASentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
    }

    /** One short line that does not end like a sentence; it is a heading if a paragraph follows it. */
    static boolean isHeadingCandidate(List<String> block) {
        return block.size() == 1 && isShort(block.get(0)) && !endsLikeASentence(block.get(0));
    }

    /** A short block starting with "by ". */
    static boolean isByline(List<String> block) {
        String text = join(block);
        return isShort(text) && text.toLowerCase(Locale.ROOT).startsWith("by ");
    }

    /** The byline without a trailing view count: {@code "by Jhon Lennon 58 views"} → {@code "by Jhon Lennon"}. */
    static String byline(List<String> block) {
        return VIEW_COUNT.matcher(join(block)).replaceFirst("");
    }

    private static boolean isShort(String line) {
        return line.codePointCount(0, line.length()) <= MAX_SHORT_LINE;
    }
}
