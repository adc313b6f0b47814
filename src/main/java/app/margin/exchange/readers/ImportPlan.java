package app.margin.exchange.readers;

import java.util.List;

/**
 * What importing a reader's file would do, before anything is saved: one {@link BookPlan} a matched book, the books
 * no article matches, and the parts of the file that could not be read.
 *
 * @param format    the reader that wrote the file
 * @param name      the file's name
 * @param books     the books that go to an article
 * @param unmatched one sentence a book no article matches ("'Book' by Ann (12 highlights): no article …")
 * @param skipped   the parts of the file left out, named
 */
public record ImportPlan(ReaderFormat format, String name, List<BookPlan> books, List<String> unmatched,
                         List<String> skipped) {

    public ImportPlan {
        books = List.copyOf(books);
        unmatched = List.copyOf(unmatched);
        skipped = List.copyOf(skipped);
    }

    /** How many notes and bookmarks the import would hand to the store. */
    public int annotations() {
        return books.stream().mapToInt(b -> b.notes().size() + b.bookmarks().size()).sum();
    }

    /** The preview: a line a book, then the books left out and the parts not read. */
    public List<String> preview() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(name + " (" + format.label() + "):");
        books.forEach(b -> lines.add(b.preview()));
        lines.addAll(unmatched);
        lines.addAll(skipped);
        return lines;
    }
}
