package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SheetFileNamesTest {

    @Test
    void thePdfIsNamedAfterTheArticleWithoutCharactersFileSystemsRefuse() {
        assertThat(SheetFileNames.pdf("US-Russia Military Talks: Ukraine & Global Security Focus", null))
                .isEqualTo("US-Russia Military Talks Ukraine & Global Security Focus.pdf");
        assertThat(SheetFileNames.pdf("a/b\\c*?\"<>|d\n", null)).isEqualTo("a b c d.pdf");
        assertThat(SheetFileNames.pdf("...hidden", null)).isEqualTo("hidden.pdf");
        assertThat(SheetFileNames.pdf("///", null)).isEqualTo("Study sheet.pdf");
        assertThat(SheetFileNames.pdf("x".repeat(300), null)).hasSize(124);
    }

    @Test
    void aSectionsPdfNamesTheSectionToo() {
        assertThat(SheetFileNames.pdf("Talks", "Section: Ukraine: The Central Point"))
                .isEqualTo("Talks — Ukraine The Central Point.pdf");
    }

    @Test
    void theExtensionIsAddedOnlyWhenMissing() {
        assertThat(SheetFileNames.withExtension(Path.of("/t/sheet"), ".pdf")).isEqualTo(Path.of("/t/sheet.pdf"));
        assertThat(SheetFileNames.withExtension(Path.of("/t/sheet.PDF"), ".pdf")).isEqualTo(Path.of("/t/sheet.PDF"));
    }

    @Test
    void theDocumentsFolderIsAFolderThatExists() {
        assertThat(Files.isDirectory(SheetFileNames.documentsFolder())).isTrue();
    }
}
