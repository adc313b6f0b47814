package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.article.ArticleWriter;
import app.margin.article.Imported;
import app.margin.files.AtomicFiles;
import app.margin.json.JsonLimits;
import app.margin.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code --convert FILE OUT.json}: writes any file Margin opens as Margin article JSON, without a window, so a
 * reader can keep a clean copy of a page or a book's text. The JSON is version 1 when the article has no paragraph
 * forms, else version 2 ({@link ArticleWriter}). Before anything is written the JSON is read back with the limits
 * Margin opens files with, so OUT.json is never a file Margin would refuse; it is written whole or not at all
 * ({@link AtomicFiles}), and an existing OUT.json is left as it was when FILE cannot be read.
 */
final class CommandLineConvert {

    private CommandLineConvert() {
    }

    /** Returns the exit code: 0 written, 1 not (the message goes to {@code err}). */
    static int run(Path file, Path target, PrintStream out, PrintStream err) {
        return run(file, target, out, err, new ArticleReader());
    }

    /** As {@link #run(Path, Path, PrintStream, PrintStream)}, reading and checking with {@code reader}'s limits. */
    static int run(Path file, Path target, PrintStream out, PrintStream err, ArticleReader reader) {
        String name = String.valueOf(target.getFileName());
        try {
            if (Files.isDirectory(target)) {
                err.println("margin: could not write " + target + ": it is a folder; name a file ending in .json");
                return 1;
            }
            if (Files.exists(file) && Files.exists(target) && Files.isSameFile(file, target)) {
                err.println("margin: " + file + " is the file to read and the file to write; name another file to "
                        + "write the JSON to");
                return 1;
            }
            Imported imported = new ArticleImporter(reader).open(file);
            imported.remark().ifPresent(r -> err.println("margin: " + r));
            Article article = imported.article();
            byte[] json = json(article);
            long limit = reader.limits().maxFileBytes();
            if (json.length > limit) {
                err.println("margin: could not write " + target + ": as Margin JSON the article is "
                        + JsonLimits.describeBytes(json.length) + ", larger than the limit of "
                        + JsonLimits.describeBytes(limit) + " for an article, so Margin could not open it");
                return 1;
            }
            reader.read(new ByteArrayInputStream(json), name);
            AtomicFiles.write(target, o -> o.write(json));
            out.println("margin: wrote “" + article.title() + "” to " + target + " (Margin article JSON, version "
                    + (article.rich() ? 2 : 1) + ")");
            return 0;
        } catch (ArticleException e) {
            err.println("margin: " + e.userMessage());
        } catch (IOException e) {
            err.println("margin: could not write " + target + ": " + writeFailure(e, target));
        }
        return 1;
    }

    private static byte[] json(Article article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleWriter.write(article, bytes);
        return bytes.toByteArray();
    }

    /** A plain reason for a failed write, without exception class names. */
    static String writeFailure(IOException e, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "the file could not be written" : e.getMessage();
    }
}
