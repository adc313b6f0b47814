package app.margin.article;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small article files into a test's temp folder and reads them back. */
final class ArticleFiles {
    /** A valid article to change one thing in. */
    static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "us",
              "title": "A title",
              "lead": ["Before the first heading."],
              "sections": [
                {"id": "intro", "title": "Intro", "paragraphs": ["One.", "Two."]}
              ]
            }
            """;

    private final Path dir;
    private final ArticleReader reader;

    ArticleFiles(Path dir) {
        this(dir, new ArticleReader());
    }

    ArticleFiles(Path dir, ArticleReader reader) {
        this.dir = dir;
        this.reader = reader;
    }

    Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} to us.json and returns the reader's complaint, failing if there is none. */
    ArticleException failure(String content) {
        return failureOf(write("us.json", content));
    }

    ArticleException failureOf(Path file) {
        ArticleException e = catchThrowableOfType(ArticleException.class, () -> reader.read(file));
        if (e == null) {
            throw new AssertionError("expected " + file.getFileName() + " to be refused, but it was read");
        }
        return e;
    }
}
