package app.margin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 *   <li>A <em>numbered heading</em> is one line naming a part, chapter or section with a number: "1. Source Code.",
 *       "2.3 Scope", "Section 3.", "CHAPTER IV.", "Part Two", "IV. THE RETURN". It may end with a full stop. It is a
 *       heading when a paragraph follows, or a plain heading candidate and then a paragraph (the candidate is its
 *       subtitle, joined to it: "CHAPTER I. Down the Rabbit-Hole"), or a numbered heading of a lower rank (a part
 *       before its first chapter). A plain candidate straight before a numbered heading is a heading too
 *       ("TERMS AND CONDITIONS" before "0. Definitions."). Parts are level 1, chapters one below a part, sections
 *       and "1.2"-style numbers below a chapter; "1.2.3" is one level below "1.2".</li>
 *   <li>A block whose first line starts "N. Words In Title Case." and goes on is a <em>run-in heading</em>: the
 *       numbered title is a heading and the rest its first paragraph ("2. Grant of Copyright License. Subject
 *       to…").</li>
 *   <li>A line holding a web address, an e-mail address, or starting like a signature ("--", "Signed",
 *       "&lt;signature of", "Sincerely") or a copyright notice ("Copyright 2004 …") is never a heading.</li>
 *   <li>Every other block is a paragraph; those before the first heading are the lead.</li>
 * </ol>
 *
 * <p>A Project Gutenberg e-book is recognised by its "*** START OF THE PROJECT GUTENBERG EBOOK … ***" line: the
 * header before it gives the title ("Title:"), byline ("Author:") and date ("Release date:"), and it, the
 * "*** END OF …" line and the licence after it are dropped, so neither is in the outline or the text.
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

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|"
            + "fifth|sixth|seventh|eighth|ninth|tenth|last|final";
    private static final String ROMAN = "(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
    /** "Part Two", "CHAPTER IV.", "Section 3: Scope", "Book the First". */
    private static final Pattern KEYWORD_HEADING = Pattern.compile("(?i)(part|book|volume|chapter|act|section|scene|"
            + "article|appendix|stave|canto|lesson)\\s+(?:the\\s+)?(\\d{1,4}|" + ROMAN + "|" + NUMBER_WORDS
            + "|[a-z])\\b\\.?(?:\\s*[-—–:.]?\\s*(\\S.*))?");
    /** "APPENDIX: How to apply…": an appendix without a number. */
    private static final Pattern APPENDIX = Pattern.compile("(?i)appendix\\s*[:.]\\s*\\S.*");
    /** "IV." or "IV. THE RETURN": an upper-case Roman numeral on its own or before a title. */
    private static final Pattern ROMAN_HEADING = Pattern.compile("(" + ROMAN.toUpperCase(Locale.ROOT) + ")\\.?(?:\\s+(\\S.*))?");
    /** "1. Source Code.", "2.3 Scope", "0. Definitions." */
    private static final Pattern DECIMAL_HEADING = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){0,5})\\.?\\s+(\\S.*)");
    /** "2. Grant of Copyright License. Subject to the terms…": a numbered title in Title Case, then the text. */
    private static final Pattern RUN_IN = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){0,5}\\.\\s+([^.!?:;]{2,60}\\.))\\s+(\\S.*)");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "the", "to", "with", "without");
    private static final Pattern WEB_OR_MAIL = Pattern.compile(
            "(?i)(://|\\bwww\\.[a-z0-9-]+\\.|[\\w.+-]+@[\\w-]+\\.[\\w.-]+)");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(--|—|–|~).*|<?signature\\b.*|signed\\b.*|"
            + "(yours )?(sincerely|faithfully|truly|regards|cheers|best wishes)\\b.*|"
            + "(copyright|\\(c\\)|©)\\s+\\S.*");
    private static final Pattern GUTENBERG_START =
            Pattern.compile("(?im)^\\s*\\*{3}\\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$");
    private static final Pattern GUTENBERG_END =
            Pattern.compile("(?im)^\\s*\\*{3}\\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$");

    private PlainTextRules() {}

    /** What a block can be, by its look alone; {@link PlainTextImporter} decides from its neighbours. */
    enum Kind { PARAGRAPH, PLAIN, NUMBERED, RUN_IN }

    /**
     * A block's look.
     *
     * @param rank  for a numbered heading: 1 part, 2 chapter, 3 section, +1 for each further "1.2.3" number
     * @param title the heading's text; for a run-in heading only the numbered title
     * @param rest  for a run-in heading, the paragraph after its title
     */
    record Look(Kind kind, int rank, String title, String rest) {
        static final Look PARAGRAPH = new Look(Kind.PARAGRAPH, 0, "", "");
    }

    static Look look(List<String> block) {
        String first = block.get(0);
        if (neverAHeading(first)) {
            return Look.PARAGRAPH;
        }
        if (block.size() == 1 && isShort(first)) {
            int rank = numberedRank(first);
            if (rank > 0) {
                return new Look(Kind.NUMBERED, rank, first, "");
            }
            if (!endsLikeASentence(first)) {
                return new Look(Kind.PLAIN, 0, first, "");
            }
        }
        java.util.regex.Matcher runIn = RUN_IN.matcher(first);
        if (runIn.matches() && isTitleCase(runIn.group(2))) {
            String rest = runIn.group(3) + (block.size() > 1 ? " " + join(block.subList(1, block.size())) : "");
            return new Look(Kind.RUN_IN, 3, runIn.group(1), rest);
        }
        return Look.PARAGRAPH;
    }

    /** 1 for a part, 2 a chapter, 3 a section (more for "1.2.3"), 0 when the line is not a numbered heading. */
    static int numberedRank(String line) {
        java.util.regex.Matcher keyword = KEYWORD_HEADING.matcher(line);
        if (keyword.matches() && titleIsShort(keyword.group(3))) {
            return switch (keyword.group(1).toLowerCase(Locale.ROOT)) {
                case "part", "book", "volume" -> 1;
                case "chapter", "act", "stave", "canto", "lesson" -> 2;
                default -> 3;
            };
        }
        if (APPENDIX.matcher(line).matches()) {
            return 2;
        }
        java.util.regex.Matcher roman = ROMAN_HEADING.matcher(line);
        if (roman.matches() && (roman.group(2) == null || isUpperCaseTitle(roman.group(2)))) {
            return 2;
        }
        java.util.regex.Matcher decimal = DECIMAL_HEADING.matcher(line);
        if (decimal.matches() && titleIsShort(decimal.group(2)) && !decimal.group(2).endsWith(",")
                && !decimal.group(2).endsWith(";") && !decimal.group(2).endsWith("?")
                && Character.isUpperCase(decimal.group(2).codePointAt(0))) {
            return 2 + decimal.group(1).split("\\.").length;
        }
        return 0;
    }

    private static boolean titleIsShort(String title) {
        return title == null || title.split("\\s+").length <= 10;
    }

    private static boolean isUpperCaseTitle(String title) {
        return title.equals(title.toUpperCase(Locale.ROOT)) && title.chars().anyMatch(Character::isLetter);
    }

    /** Every word capitalised except small ones ("of", "and"), as in "Grant of Copyright License." */
    private static boolean isTitleCase(String title) {
        String[] words = title.replaceAll("[.]$", "").split("\\s+");
        if (words.length > 8) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || (i > 0 && SMALL_WORDS.contains(w))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A web address, an e-mail address or a signature line. */
    static boolean neverAHeading(String line) {
        return WEB_OR_MAIL.matcher(line).find() || SIGNATURE.matcher(line).matches();
    }

    /**
     * A Project Gutenberg e-book's text between its START and END lines, and what its header says; {@code null}
     * when the text is not one.
     */
    record Gutenberg(String body, String title, String author, String date) {}

    static Gutenberg gutenberg(String text) {
        java.util.regex.Matcher start = GUTENBERG_START.matcher(text);
        if (!start.find()) {
            return null;
        }
        String header = text.substring(0, start.start());
        java.util.regex.Matcher end = GUTENBERG_END.matcher(text);
        int bodyEnd = end.find(start.end()) ? end.start() : text.length();
        return new Gutenberg(text.substring(start.end(), bodyEnd), headerField(header, "Title"),
                headerField(header, "Author"), headerField(header, "Release date"));
    }

    private static String headerField(String header, String field) {
        java.util.regex.Matcher m = Pattern.compile("(?im)^\\s*" + field + ":\\s*(\\S.*?)\\s*$").matcher(header);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1);
        int note = value.indexOf(" [");
        return note > 0 ? value.substring(0, note).strip() : value; // "June 25, 2008 [eBook #11]"
    }

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
