package app.margin.article;

import app.margin.article.EpubPackage.Item;
import app.margin.article.EpubPackage.TocEntry;
import app.margin.article.EpubText.ChapterText;
import app.margin.article.EpubText.SpineText;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Article;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns an EPUB 2 or 3 book into an {@link Article} (rules: "EPUB books" in {@code docs/article-format.md}).
 * The spine's documents are read in order, each once ({@link EpubSpine}), as HTML chapters by {@link HtmlText} (the
 * whole body: a chapter is all text, so Readability is not asked). The book's table of contents gives the sections,
 * nested as the book nests them, each starting where its entry points (a chapter file or an element id inside one);
 * without a usable table of contents the chapters' headings do. Only the package, the table of contents and the
 * spine's documents are unpacked, two chapters at a time (see {@link EpubChapters}), each chapter's document dropped
 * once its text is taken. Instances are immutable and thread-safe.
 */
final class EpubImporter {
    /** A book is not read whole, so it may be larger than a text file: images and fonts stay packed. */
    static final long MAX_BOOK_BYTES = 1024L * 1024 * 1024;

    private final ArticleReader.Limits limits;

    EpubImporter(ArticleReader.Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A book whose chapters unpack to more than this is long enough for its beginning to be worth showing before
     * the rest is read: an illustrated book of 60 chapters (0.6 MB of XHTML) took 0.2 s of a 0.45 s start to read
     * whole, its first two chapters a tenth of that.
     */
    static final long LONG_BOOK_BYTES = 256L * 1024;
    /** The beginning handed over holds at least this many blocks (a few screens), in whole chapters. */
    static final int BEGINNING_BLOCKS = 60;

    Article read(Path file, String name) throws ArticleException {
        return read(file, name, null, FormerIds.NONE);
    }

    /**
     * Reads the book. If it is long and named before its chapters are read (by its identifier, or its placeholder
     * and title: {@link EpubIdentity}), {@code beginning} (when not null) is first handed its opening chapters as an
     * article of their own, with the book's id, title and the sections found in them, as soon as those are read; on
     * this thread or another, once. No further chapter is read until it returns, so it may wait for them to be
     * shown. What it throws is ignored. {@code formerIds} says whether a book an earlier Margin named otherwise keeps
     * that id.
     */
    Article read(Path file, String name, java.util.function.Consumer<Article> beginning, FormerIds formerIds)
            throws ArticleException {
        ArticleReader.checkFile(file, name, MAX_BOOK_BYTES);
        try (EpubArchive archive = EpubArchive.open(file, name, limits.maxFileBytes())) {
            EpubPackage book = EpubPackage.read(archive, name);
            Map<String, Set<String>> wanted = wantedAnchors(book.toc);
            String named = EpubIdentity.named(book);
            String former = EpubIdentity.former(book);
            // Decided before any chapter is read when the title is known, so that a beginning has the book's own id.
            String early = named != null && (former == null || book.title != null)
                    ? kept(named, former, book.title, formerIds) : null;
            // Only a book named by no identifier is named by its text's hash; hashing 18 MB of chapters costs ~150 ms
            // on the installed app's C1-only runtime (no SHA intrinsics), so it is done only when needed.
            MessageDigest digest = named == null ? ArticleImporter.sha256() : null;
            EpubSpine spine = EpubSpine.of(book, archive);
            List<Item> chapters = spine.chapters;
            if (chapters.isEmpty()) {
                throw ArticleException.ofFile(name, "none of the chapters the book's spine lists is in the book", null);
            }
            if (digest != null && spine.repeats()) {
                spine.hashListings(digest, archive); // the id as the repeats made it; then no chapter is hashed
            }
            java.util.function.Consumer<List<ChapterText>> opening = null;
            if (beginning != null && early != null && spine.bytes > LONG_BOOK_BYTES) {
                opening = first -> {
                    try {
                        beginning.accept(build(book, first, chapterPaths(chapters), false, title -> early, name));
                    } catch (ArticleException | RuntimeException e) {
                        // Only a head start: the whole book follows as usual.
                    }
                };
            }
            List<ChapterText> read = new EpubChapters(archive, chapters, wanted, spine.repeats() ? null : digest, name,
                    opening).read();
            return build(book, read, chapterPaths(chapters), true, title -> early != null ? early
                    : kept(named != null ? named : EpubIdentity.ofChapters(digest), former, title, formerIds), name);
        }
    }

    /** The book's id: its former one if it keeps that, else {@code id}. */
    private static String kept(String id, String former, String title, FormerIds formerIds) {
        return former != null && formerIds.keeps(former, title) ? former : id;
    }

    private static Set<String> chapterPaths(List<Item> chapters) {
        Set<String> paths = new HashSet<>();
        chapters.forEach(item -> paths.add(item.path()));
        return paths;
    }

    /**
     * The book as an article, from the text of its chapters (all of them, or its first ones), its id given its
     * title; {@code bookChapters} are the paths of all of them, so that the table of contents' entries for chapters
     * still to come are left to the whole book ({@code whole} says whether these are all of them).
     */
    private Article build(EpubPackage book, List<ChapterText> chapters, Set<String> bookChapters, boolean whole,
            java.util.function.UnaryOperator<String> idOfTitle, String name) throws ArticleException {
        Set<String> later = new HashSet<>(bookChapters);
        SpineText text = new SpineText(later);
        for (ChapterText chapter : EpubNonLinear.reached(chapters, book.nonLinear, book.toc, whole)) {
            text.add(chapter);
            later.remove(chapter.path);
        }
        String title = book.title != null ? book.title : text.firstHeading();
        if (title == null) {
            title = MarkdownImporter.titleFromFileName(name);
        }
        OutlineBuilder outline = new OutlineBuilder(name, limits);
        String byline = book.authors.isEmpty() ? null : String.join(", ", book.authors);
        text.keepLinkedIds();
        if (book.cover != null && !text.shows(book.cover)) {
            // A cover only in the package's metadata opens the book, as readers show it.
            outline.paragraph(EpubText.COVER, new ParagraphForm(ParagraphForm.Role.FIGURE, 0, null,
                    ParagraphForm.Align.CENTER, List.of(), new Picture(book.cover, EpubText.COVER, 0, 0), List.of(),
                    null, false));
        } else if (book.cover != null) {
            text.nameCover(book.cover);
        }
        if (!EpubSections.fromToc(text, book.toc, outline, title, byline)) {
            EpubSections.fromHeadings(text, outline, title);
        }
        return outline.build(idOfTitle.apply(title), title, byline, null, book.date, book.language);
    }

    /** The key of {@link #wantedAnchors} for ids looked for in every file (a table of contents older than a split). */
    static final String ANY_FILE = "";

    /** For each chapter file, the element ids the table of contents points at; under {@link #ANY_FILE}, all of them. */
    private static Map<String, Set<String>> wantedAnchors(List<TocEntry> toc) {
        Map<String, Set<String>> wanted = new HashMap<>();
        List<TocEntry> pending = new ArrayList<>(toc);
        while (!pending.isEmpty()) {
            TocEntry entry = pending.remove(pending.size() - 1);
            if (entry.path() != null && !entry.fragment().isEmpty()) {
                wanted.computeIfAbsent(entry.path(), p -> new HashSet<>()).add(entry.fragment());
                wanted.computeIfAbsent(ANY_FILE, p -> new HashSet<>()).add(entry.fragment());
            }
            pending.addAll(entry.children());
        }
        return wanted;
    }

    /** The level byte of a preformatted paragraph in {@link ChapterText} and {@link SpineText}. */
    static final byte PREFORMATTED = -1;
}
