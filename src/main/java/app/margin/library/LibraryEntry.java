package app.margin.library;

import app.margin.model.ArticleActivity;
import java.nio.file.Path;

/**
 * One article of the library.
 *
 * @param id       the article's id
 * @param title    its title (the file name if the file could not be read)
 * @param file     its JSON file in the library folder; {@code null} for the bundled article
 * @param activity annotations, progress and last read
 * @param problem  why the file cannot be read, or {@code null}
 * @param pages    how many pages its source has (a PDF's), or 0 when it is not paged or cannot be read
 */
public record LibraryEntry(String id, String title, Path file, ArticleActivity activity, String problem, int pages) {
    public boolean bundled() {
        return file == null;
    }
}
