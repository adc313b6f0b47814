package app.margin.article;

import app.margin.model.Article;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Where a Markdown document's links lead. An in-document link is written as GitHub makes heading anchors
 * ({@code [see](#installing-margin)}); Margin's section ids are made differently ({@link SectionIds}: accents
 * dropped, repeats numbered from 2), so each heading's GitHub anchor is mapped to what Margin can jump to: the
 * section's id for a heading that opens a section, the lead's id for the title, and for a heading inside a list or
 * quote (a paragraph in Margin) the anchor itself, which that paragraph carries. Footnotes get the ids
 * {@code fn-LABEL} and numbers in the order they are first referred to. Web and mail links are kept as for web pages
 * ({@link PageLinks#external}), and so are relative paths to other files ({@code [see](week2.md#proof)},
 * {@link PageLinks#fileLink}: opened when clicked, if Margin may); other schemes are not links in Margin.
 */
final class MarkdownTargets {
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]+");

    /** GitHub anchor → target ("#id"). */
    private final Map<String, String> headingTargets = new HashMap<>();
    /** Headings inside lists and quotes → the id their paragraph carries. */
    private final Map<Heading, String> paragraphIds = new IdentityHashMap<>();
    /** Folded footnote label → its id; its number once referred to or shown. */
    private final Map<String, String> noteIds = new HashMap<>();
    private final Map<String, Integer> noteNumbers = new HashMap<>();
    /** The document's own file name, or {@code null}: a link to it by name is a link within it. */
    private final String fileName;

    /**
     * Reads every heading and footnote definition of {@code document} in order, without recursion, looking only
     * into the blocks that hold blocks. {@code title}
     * is the heading that became the article's title, or {@code null}; {@code fileName} the document's own file
     * name, or {@code null}.
     */
    MarkdownTargets(Document document, Heading title, String fileName) {
        this.fileName = fileName;
        SectionIds sectionIds = new SectionIds();
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<String> usedNoteIds = new java.util.HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Heading heading) {
                String text = MarkdownInlines.plain(heading);
                String anchor = githubAnchor(text, seen);
                if (heading == title) {
                    headingTargets.putIfAbsent(anchor, "#" + Article.LEAD_SECTION_ID);
                } else if (heading.getParent() instanceof Document && !text.isEmpty()) {
                    headingTargets.putIfAbsent(anchor, "#" + sectionIds.next(text));
                } else {
                    headingTargets.putIfAbsent(anchor, "#" + anchor);
                    paragraphIds.put(heading, anchor);
                }
                continue; // a heading holds only inlines
            }
            if (node instanceof MarkdownFootnotes.Definition definition && definition.getFirstChild() != null) {
                String key = fold(definition.label());
                if (!noteIds.containsKey(key)) {
                    String base = "fn-" + NOT_ID.matcher(definition.label()).replaceAll("-");
                    String id = base;
                    for (int n = 2; !usedNoteIds.add(id); n++) {
                        id = base + "-" + n;
                    }
                    noteIds.put(key, id);
                }
            }
            if (node instanceof Document || node instanceof BlockQuote || node instanceof ListBlock
                    || node instanceof ListItem || node instanceof MarkdownFootnotes.Definition) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    todo.push(child); // last first, so they come off in reading order
                }
            }
        }
    }

    /**
     * GitHub's anchor for a heading's text: lower case, spaces as '-', everything but letters, digits, marks, '-'
     * and '_' dropped; a repeat gets -1, -2… (github-slugger's rule).
     */
    static String githubAnchor(String text, Map<String, Integer> seen) {
        StringBuilder slug = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || isMark(c)) {
                slug.appendCodePoint(c);
            }
        });
        String original = slug.toString();
        String result = original;
        while (seen.containsKey(result)) {
            int n = seen.merge(original, 1, Integer::sum);
            result = original + "-" + n;
        }
        seen.put(result, 0);
        return result;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The id the paragraph made of this heading carries, or {@code null} for a heading that opens a section. */
    String paragraphId(Heading heading) {
        return paragraphIds.get(heading);
    }

    /**
     * A link's target as a {@link app.margin.model.Span} keeps it: {@code "#id"} inside the document, an
     * {@code http(s):} or {@code mailto:} address as written ({@link PageLinks#external}), another file by its
     * relative path ({@link PageLinks#fileLink}; this file by its name is a place in it); {@code null} when Margin
     * cannot follow it ({@code javascript:}, {@code data:}, {@code file:}, an absolute path).
     */
    String link(String destination) {
        if (destination == null || destination.isBlank()) {
            return null;
        }
        String d = destination.strip();
        String file = PageLinks.external(d) == null ? PageLinks.fileLink(d) : null;
        if (file != null && fileName != null) {
            int hash = file.indexOf('#');
            String path = LinkedFiles.decode(hash >= 0 ? file.substring(0, hash) : file);
            if (fileName.equals(path) || ("./" + fileName).equals(path)) {
                d = hash >= 0 ? file.substring(hash) : "#";
                file = null;
            }
        }
        if (file != null) {
            return file;
        }
        if (d.startsWith("#")) {
            String fragment = decode(d.substring(1));
            if (fragment.isEmpty()) {
                return null;
            }
            String heading = headingTargets.get(fragment);
            if (heading == null) {
                heading = headingTargets.get(fragment.toLowerCase(Locale.ROOT));
            }
            return heading != null ? heading : "#" + fragment;
        }
        return PageLinks.external(d); // web and mail addresses, as for web pages
    }

    private static String decode(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return fragment;
        }
    }

    /** The id of the footnote with this label, or {@code null} when it has no definition with content. */
    String noteId(String label) {
        return noteIds.get(fold(label));
    }

    /** The footnote's number: the next one the first time it is asked for (by a reference or its definition). */
    int noteNumber(String label) {
        return noteNumbers.computeIfAbsent(fold(label), k -> noteNumbers.size() + 1);
    }

    /** As commonmark matches labels: case folded, inner whitespace as one space. */
    private static String fold(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
