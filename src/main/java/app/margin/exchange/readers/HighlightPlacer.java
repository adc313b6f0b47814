package app.margin.exchange.readers;

import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.model.TextQuote;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Places another reader's highlights in Margin's articles by their words. Each book goes to the library article whose
 * title (and author) it matches ({@link BookMatch}), or to the open article when the file names no book; each highlight
 * is found by its words in that article ({@link MarkPlaces}: exactly, or once quotes, dashes, spaces and case are set
 * aside, or by its beginning and end when an edition changed a few words in between; the chapter, then the file's own
 * order, decides between equal passages) and anchored as Margin anchors its own (the quote with its context, and the
 * paragraph and offsets as a hint), so later changes to the text are followed by Margin's re-anchoring. A highlight
 * whose words are not found, or found in several places that neither the chapter nor the order decides between, goes to
 * Unplaced with where it came from; a position (page, location, CFI, XPointer) is never trusted to place anything.
 *
 * <p>Ids are made from the file's own facts (reader, article, book, words, location, time), so importing the same
 * file again gives the same notes and the store's merge changes nothing.
 */
public final class HighlightPlacer {

    private final List<LibraryArticle> library;
    private final LibraryArticle open;
    private final Instant unknownTime;
    private final Map<String, ArticleText> texts = new HashMap<>();

    /**
     * @param library     the articles books are matched to by title
     * @param open        the article open in the window, or {@code null}; a book without a title goes there, and so
     *                    does the one book of a file when no library article matches it
     * @param unknownTime the time given to a highlight whose file says none (the file's own time, so that a second
     *                    import gives equal notes)
     */
    public HighlightPlacer(List<LibraryArticle> library, LibraryArticle open, Instant unknownTime) {
        this.library = List.copyOf(library);
        this.open = open;
        this.unknownTime = unknownTime;
    }

    /** Places every book of the file. Reading an article that fails leaves its book unmatched, named. */
    public ImportPlan plan(ForeignFile file) {
        Map<List<String>, List<ForeignHighlight>> byBook = new LinkedHashMap<>();
        for (ForeignHighlight h : file.highlights()) {
            byBook.computeIfAbsent(List.of(h.book(), h.author()), k -> new ArrayList<>()).add(h);
        }
        List<BookPlan> books = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Map.Entry<List<String>, List<ForeignHighlight>> book : byBook.entrySet()) {
            String title = book.getKey().get(0);
            String author = book.getKey().get(1);
            LibraryArticle article = BookMatch.find(title, author, library, open);
            if (article == null && byBook.size() == 1) {
                article = open;
            }
            String named = "'" + (title.isEmpty() ? "(no title)" : title) + "'" + (author.isEmpty() ? "" : " by "
                    + author) + " (" + count(book.getValue().size(), "mark") + ")";
            if (article == null) {
                unmatched.add(named + ": no article in your library has this title; add the book to the library"
                        + " and import again.");
                continue;
            }
            try {
                books.add(place(article, title.isEmpty() ? article.title() : title, book.getValue()));
            } catch (Exception e) {
                unmatched.add(named + ": '" + article.title() + "' could not be read (" + e.getMessage() + ").");
            }
        }
        return new ImportPlan(file.format(), file.name(), books, unmatched, file.skipped());
    }

    private BookPlan place(LibraryArticle target, String book, List<ForeignHighlight> marks) throws Exception {
        ArticleText text = texts.get(target.id());
        if (text == null) {
            Article article = target.text().load();
            text = new ArticleText(ArticleLayout.of(article));
            texts.put(target.id(), text);
        }
        ArticleLayout layout = text.layout();
        Map<String, String> chapters = new HashMap<>();
        for (String id : layout.sectionOrder()) {
            String title = layout.sectionTitle(id);
            if (title != null) {
                chapters.putIfAbsent(BookMatch.key(title), id);
            }
        }
        List<Note> notes = new ArrayList<>();
        List<Bookmark> bookmarks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int highlights = 0;
        int placed = 0;
        int unplaced = 0;
        int positionOnly = 0;
        int repeated = 0;
        Placement[] places = MarkPlaces.find(text, marks, chapters);
        for (int i = 0; i < marks.size(); i++) {
            ForeignHighlight h = marks.get(i);
            String chapter = chapters.get(BookMatch.key(h.chapter()));
            Placement at = places[i];
            String id = id(target.id(), h);
            if (!ids.add(id)) {
                repeated++;
                continue;
            }
            Instant time = h.time() != null ? h.time() : unknownTime;
            if (h.kind() == ForeignHighlight.Kind.BOOKMARK) {
                if (at == null) {
                    positionOnly++;
                } else {
                    String name = !h.note().isEmpty() ? h.note() : !h.chapter().isEmpty() ? h.chapter()
                            : "Bookmark from " + h.source().label();
                    bookmarks.add(new Bookmark(id, target.id(), null, anchor(layout, at), limit(name, 1000), time,
                            time));
                }
                continue;
            }
            highlights++;
            Anchor anchor;
            String note = h.note();
            if (at != null) {
                placed++;
                anchor = anchor(layout, at);
            } else {
                unplaced++;
                anchor = new Anchor(chapter != null ? chapter : Article.LEAD_SECTION_ID,
                        new TextQuote(h.text(), "", ""), -1, -1, -1);
                note = (note.isEmpty() ? "" : note + "\n\n") + origin(h);
            }
            boolean wordless = h.text().isEmpty(); // a note on its own: Margin keeps it on its chapter, or the lead
            notes.add(new Note(id, target.id(), null, wordless ? NoteKind.SECTION : NoteKind.HIGHLIGHT,
                    wordless ? Anchor.section(anchor.sectionId()) : anchor, wordless ? null : colour(h.color()),
                    limit(note, Note.MAX_TEXT_LENGTH), List.of(), time, time));
        }
        return new BookPlan(target, book, notes, bookmarks, highlights, placed, unplaced, positionOnly, repeated);
    }

    private static Anchor anchor(ArticleLayout layout, Placement at) {
        Block block = layout.blocks().get(at.blockIndex());
        return Anchor.passage(block.sectionId(), block.paragraphIndex(), block.text(), at.start(), at.end());
    }

    /** "Imported from Kindle clippings (My Clippings.txt, line 40), Location 180-182: …" for the Unplaced list. */
    private static String origin(ForeignHighlight h) {
        StringBuilder out = new StringBuilder("Imported from ").append(h.source().label()).append(" (")
                .append(h.origin()).append(')');
        if (!h.chapter().isEmpty()) {
            out.append(", chapter '").append(h.chapter()).append('\'');
        }
        if (!h.location().isEmpty()) {
            out.append(", ").append(h.location());
        }
        return out.append(h.text().isEmpty() ? ": a note without highlighted words."
                : ": its words were not found in this article, or were found in more than one place.").toString();
    }

    /** A name-based UUID of the facts that make the mark itself (not its note, which may be edited later). */
    static String id(String articleId, ForeignHighlight h) {
        String facts = String.join("\u0000", "margin-reader-import", h.source().name(), articleId, h.kind().name(),
                h.book(), h.text(), h.chapter(), h.location(), String.valueOf(h.time()),
                h.text().isEmpty() ? h.note() : "");
        return UUID.nameUUIDFromBytes(facts.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Other readers' colour names in Margin's five; no colour, grey or an underline is yellow. */
    static HighlightColor colour(String name) {
        String c = name.toLowerCase(Locale.ROOT);
        if (c.contains("green") || c.contains("olive")) {
            return HighlightColor.GREEN;
        }
        if (c.contains("blue") || c.contains("cyan")) {
            return HighlightColor.BLUE;
        }
        if (c.contains("red") || c.contains("pink") || c.contains("orange")) {
            return HighlightColor.PINK;
        }
        if (c.contains("purple") || c.contains("violet")) {
            return HighlightColor.PURPLE;
        }
        return HighlightColor.YELLOW;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
