package app.margin.article.pdf;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * PDFBox's set-up done ahead names classes PDFBox has: a new PDFBox that renamed one would quietly lose the head
 * start.
 */
class PdfBoxSetUpTest {
    @Test
    void everyClassItSetsUpIsOnTheClassPath() {
        ClassLoader loader = PdfBoxSetUp.class.getClassLoader();
        for (String name : PdfBoxSetUp.CLASSES) {
            assertThatCode(() -> Class.forName(name, false, loader)).as(name).doesNotThrowAnyException();
        }
    }
}
