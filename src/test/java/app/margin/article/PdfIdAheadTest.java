package app.margin.article;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's id (the SHA-256 of the file) is worked out on the shared pool while the document is opened: it is the
 * file's own hash, and a pool kept busy by other work (an EPUB read alongside) does not hold the PDF back.
 */
class PdfIdAheadTest {
    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);

    /** Four pages of eight paragraphs: long enough to have a beginning (its first pages) of its own. */
    private Path paper() throws Exception {
        Path file = dir.resolve("paper.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < 4; i++) {
                PdfMaker.Page page = pdf.page();
                float y = 200;
                for (int p = 0; p < 8; p++) {
                    y = page.paragraph(72, y + 8, 451, TIMES, 10, 12, 0,
                            PdfImporterTest.ONE + " " + PdfImporterTest.TWO);
                }
            }
            pdf.save(file);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return "pdf-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file))).substring(0, 16);
    }

    @Test
    void theIdIsTheFilesOwnHashInTheBeginningAndTheWhole() throws Exception {
        Path file = paper();
        String[] beginning = {null};
        String whole = importer.read(file, "paper.pdf", first -> beginning[0] = first.id()).article().id();
        assertThat(whole).isEqualTo(sha256(file));
        assertThat(beginning[0]).isNotNull().isEqualTo(whole);
    }

    @Test
    void aPdfOpensWhileTheSharedPoolIsBusy() throws Exception {
        Path file = paper();
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            busy.await();
            String id = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> importer.read(file, "paper.pdf", null).article().id());
            assertThat(id).isEqualTo(sha256(file));
        } finally {
            release.countDown();
        }
    }
}
