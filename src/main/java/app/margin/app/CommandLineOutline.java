package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.Imported;
import app.margin.model.ArticleLayout;
import app.margin.model.OutlineEntry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --outline FILE}: prints, without a window, the outline Margin would show for the file, one entry a line,
 * indented two spaces per level (the title first, as in the outline pane). Nothing is kept in the library.
 */
final class CommandLineOutline {

    private CommandLineOutline() {
    }

    /** Returns the exit code: 0 printed, 1 the file cannot be read (the message goes to {@code err}). */
    static int run(Path file, PrintStream out, PrintStream err) {
        try {
            Imported imported = new ArticleImporter().open(file);
            imported.remark().ifPresent(r -> err.println("margin: " + r));
            StringBuilder text = new StringBuilder();
            print(ArticleLayout.of(imported.article()).outline(), 0, text);
            out.print(text);
            out.flush();
            return 0;
        } catch (ArticleException e) {
            err.println("margin: " + e.userMessage());
            return 1;
        }
    }

    private static void print(List<OutlineEntry> entries, int level, StringBuilder text) {
        for (OutlineEntry entry : entries) {
            text.append("  ".repeat(level)).append(entry.title()).append('\n');
            print(entry.children(), level + 1, text);
        }
    }
}
