package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderLimitsTest {
    @TempDir
    Path dir;

    @Test
    void missingFileIsNamed() {
        ArticleException e = new ArticleFiles(dir).failureOf(dir.resolve("gone.json"));

        assertThat(e.source()).isEqualTo("gone.json");
        assertThat(e.userMessage()).startsWith("gone.json: the file does not exist");
    }

    @Test
    void folderInsteadOfFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles.json"));

        ArticleException e = new ArticleFiles(dir).failureOf(folder);

        assertThat(e.userMessage()).isEqualTo("articles.json: this is a folder, not an article file");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBySizeWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no blocks written
        }

        ArticleException e = new ArticleFiles(dir).failureOf(huge);

        // Only the size check, made before opening the file, words it this way; parsing would have
        // stopped at the first zero byte with a syntax error instead.
        assertThat(e.userMessage())
                .isEqualTo("huge.json: the file is 200 MiB, larger than the limit of 32 MiB for an article");
        assertThat(e.line()).isZero();
    }

    @Test
    void streamLongerThanTheLimitIsRefusedWhileParsing() {
        ArticleReader reader = new ArticleReader(new ArticleReader.Limits(64, 64, 1000));
        byte[] json = ("{\"title\": \"" + "x".repeat(100) + "\"}").getBytes(StandardCharsets.UTF_8);

        ArticleException e = catchThrowableOfType(ArticleException.class,
                () -> reader.read(new ByteArrayInputStream(json), "stream.json"));

        assertThat(e.userMessage()).startsWith("stream.json, line 1, column ")
                .endsWith(": the file is larger than the limit of 64 bytes");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedClearly() {
        ArticleException e = new ArticleFiles(dir).failure(nestedSections(40));

        assertThat(e.userMessage())
                .startsWith("us.json, line ")
                .endsWith(": objects and arrays are nested more than 64 levels deep, the limit "
                        + "(are sections nested too deeply?)");
        assertThat(e.line()).isEqualTo(33); // the 65th opening bracket: section 32's object
    }

    @Test
    void nestingWithinTheLimitIsRead() throws Exception {
        Path file = new ArticleFiles(dir).write("deep.json", nestedSections(30));

        assertThat(new ArticleReader().read(file).sections()).hasSize(1);
    }

    @Test
    void stringLongerThanTheLimitIsRefused() {
        ArticleReader reader = new ArticleReader(new ArticleReader.Limits(1024 * 1024, 64, 100));
        String json = ArticleFiles.VALID.replace("\"Two.\"", "\"" + "w".repeat(101) + "\"");

        ArticleException e = new ArticleFiles(dir, reader).failure(json);

        assertThat(e.userMessage()).startsWith("us.json, line 7, column ")
                .endsWith(": a string is longer than the limit of 100 characters");
    }

    @Test
    void defaultLimitsAreTheDocumentedOnes() {
        assertThat(new ArticleReader().limits()).isEqualTo(new ArticleReader.Limits(32L * 1024 * 1024, 64, 4 * 1024 * 1024));
    }

    /** An article whose one top-level section has {@code levels - 1} nested descendants, one per line. */
    private static String nestedSections(int levels) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"deep\", \"title\": \"Deep\", \"sections\": [\n");
        for (int i = 1; i <= levels; i++) {
            json.append("{\"id\": \"s").append(i).append("\", \"title\": \"Level ").append(i).append("\", \"sections\": [\n");
        }
        json.append("]}".repeat(levels)).append("]}\n");
        return json.toString();
    }

    @Test
    void articleWithMoreParagraphsThanTheLimitIsRefusedWithItsCount() throws Exception {
        ArticleReader reader = new ArticleReader(new ArticleReader.Limits(1024 * 1024, 64, 1000, 5));
        Path file = Files.writeString(dir.resolve("many.json"), "{\"schemaVersion\":1,\"id\":\"many\","
                + "\"title\":\"Many\",\"lead\":[\"a\",\"b\"],\"sections\":[{\"id\":\"s\",\"title\":\"S\","
                + "\"paragraphs\":[\"c\",\"d\",\"e\"]}],\"truncated\":false}");

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> reader.read(file));

        assertThat(e.userMessage()).isEqualTo(
                "many.json: the article has 6 paragraphs and headings, more than the limit of 5 for an article");
    }

    @Test
    void defaultLimitKeepsArticlesToAHundredThousandParagraphs() {
        assertThat(ArticleReader.Limits.DEFAULTS.maxParagraphs()).isEqualTo(100_000);
    }
}
