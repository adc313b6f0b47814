package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books made to hurt: each is refused with a plain sentence naming the file, or opened, never a hang. */
class EpubHostileTest {
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private ArticleException refused(Path file) {
        ArticleException e = assertTimeoutPreemptively(NO_HANG,
                () -> catchThrowableOfType(ArticleException.class, () -> importer.importFile(file)));
        assertThat(e).as("expected %s to be refused", file.getFileName()).isNotNull();
        assertThat(e.userMessage()).startsWith(file.getFileName() + ": ");
        return e;
    }

    /** A new entry for {@code e}'s name, stored as {@code e} is (a stored entry needs its sizes and CRC up front). */
    private static ZipEntry copyOf(ZipEntry e) {
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getMethod() == ZipEntry.STORED) {
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(e.getSize());
            copy.setCompressedSize(e.getCompressedSize());
            copy.setCrc(e.getCrc());
        }
        return copy;
    }

    private static EpubBuilder book() {
        return new EpubBuilder().chapter("a.xhtml", "<h1>A</h1><p>Text.</p>").toc(Toc.of("A", "a.xhtml"));
    }

    @Test
    void zipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path file = dir.resolve("bomb.epub");
        book().write(file);
        // 200 MiB of zeros deflate to about 200 KiB: a ratio of 1000.
        Path bomb = dir.resolve("bomb2.epub");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            try (var in = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(copyOf(e));
                    if (e.getName().equals("OEBPS/a.xhtml")) {
                        byte[] zeros = new byte[1024 * 1024];
                        for (int i = 0; i < 200; i++) {
                            zip.write(zeros);
                        }
                    } else {
                        in.getInputStream(e).transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);

        assertThat(refused(bomb).problem()).contains("zip bomb", "OEBPS/a.xhtml");
    }

    @Test
    void aZipDirectoryEntryThatIsNotUtf8IsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve("latin1-comment.epub");
        book().write(dir.resolve("plain.epub"));
        // The same book with one more file whose comment is written in ISO-8859-1 ("é" as the single byte E9), not
        // UTF-8. Java checks the names when it opens a zip but reads the comments only as it lists the files; a
        // damaged directory reads the same way (ImporterFuzzTest found one).
        try (OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.ISO_8859_1);
             var in = new java.util.zip.ZipFile(dir.resolve("plain.epub").toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(copyOf(e));
                in.getInputStream(e).transferTo(zip);
                zip.closeEntry();
            }
            ZipEntry commented = new ZipEntry("OEBPS/extra.xhtml");
            commented.setComment("caf\u00e9");
            zip.putNextEntry(commented);
            zip.write("<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refused(file).problem()).contains("damaged", "not readable text");
    }

    @Test
    void entryWhosePathLeadsOutsideTheBookIsRefused() {
        Path file = book().file("../../home/evil.sh", "#!/bin/sh\n").write(dir.resolve("slip.epub"));

        assertThat(refused(file).problem()).contains("leads outside it", "../../home/evil.sh");
    }

    @Test
    void absolutePathInsideTheZipIsRefused() {
        Path file = book().file("/etc/cron.d/evil", "x").write(dir.resolve("absolute.epub"));

        assertThat(refused(file).problem()).contains("leads outside it");
    }

    @Test
    void tenThousandSpineItemsOpenWithoutHanging() {
        EpubBuilder builder = new EpubBuilder();
        Toc[] toc = new Toc[10_000];
        for (int i = 0; i < 10_000; i++) {
            builder.chapter("c" + i + ".xhtml", "<p>Chapter " + i + " text.</p>");
            toc[i] = Toc.of("Chapter " + i, "c" + i + ".xhtml");
        }
        Path file = builder.toc(toc).write(dir.resolve("many.epub"));

        Article book = assertTimeoutPreemptively(NO_HANG, () -> importer.importFile(file));

        assertThat(book.sections()).hasSize(10_000);
        assertThat(book.sections().get(9_999).paragraphs()).containsExactly("Chapter 9999 text.");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        EpubBuilder builder = book();
        for (int i = 0; i <= EpubArchive.MAX_ENTRIES; i++) {
            builder.file("OEBPS/img/" + i + ".png", "x");
        }
        Path file = builder.write(dir.resolve("crowded.epub"));

        assertThat(refused(file).problem()).contains("more than the limit of 20000");
    }

    @Test
    void bookWithAdobeDrmIsRefusedNamingTheReason() {
        Path file = book().file("META-INF/rights.xml", "<rights/>").write(dir.resolve("adept.epub"));

        assertThat(refused(file).problem()).contains("protected by DRM", "rights.xml");
    }

    @Test
    void bookWithEncryptedTextIsRefused() {
        Path file = book().file("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                  <enc:CipherData><enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData></enc:EncryptedData>
                </encryption>""").write(dir.resolve("encrypted.epub"));

        assertThat(refused(file).problem()).contains("protected by DRM", "encrypted");
    }

    @Test
    void obfuscatedFontsAloneAreNotDrm() throws Exception {
        Path file = book().file("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
                  <enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData></enc:EncryptedData>
                </encryption>""").write(dir.resolve("fonts.epub"));

        assertThat(importer.importFile(file).title()).isEqualTo("A Test Book");
    }

    @Test
    void bookWithNoSpineIsRefused() {
        Path file = book().noSpine().write(dir.resolve("nospine.epub"));

        assertThat(refused(file).userMessage()).isEqualTo("nospine.epub: the book has no spine (the list of its "
                + "chapters in reading order), so Margin cannot tell what to read");
    }

    @Test
    void damagedZipIsRefused() throws Exception {
        Path whole = book().write(dir.resolve("whole.epub"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.epub"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refused(cut).problem()).contains("not a readable zip file");
    }

    @Test
    void zipWithoutContainerIsNotABook() throws Exception {
        Path file = dir.resolve("plain.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refused(file).problem()).contains("not an EPUB book", "META-INF/container.xml");
    }

    @Test
    void webPageNamedEpubSaysWhatItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("page.epub"), "<!DOCTYPE html><html><body><p>Hi</p></body></html>");

        assertThat(refused(file).problem()).contains("is a zip file and this one is not", "looks like a web page", ".html");
    }

    @Test
    void epubNamedHtmlSaysWhatItIs() throws Exception {
        Path file = Files.copy(EpubImporterTest.fixture("lighthouse-epub3.epub"), dir.resolve("book.html"));

        assertThat(refused(file).problem()).contains("an EPUB book", "rename it to end in .epub");
    }

    @Test
    void nulBytesInAChapterDoNotBreakTheBook() throws Exception {
        Path file = new EpubBuilder().chapter("a.xhtml", "<h1>A</h1><p>Be\u0000fore after.</p>")
                .toc(Toc.of("A", "a.xhtml")).write(dir.resolve("nul.epub"));

        Article book = importer.importFile(file);

        assertThat(book.sections().get(0).paragraphs().get(0)).doesNotContain("\u0000");
    }
}
