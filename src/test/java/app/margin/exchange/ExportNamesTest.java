package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportNamesTest {

    @TempDir
    Path home;

    @Test
    void theFileIsNamedAfterTheTitleWithoutCharactersFileSystemsRefuse() {
        assertThat(ExportNames.fileName("US-Russia Military Talks: Ukraine & Global Security Focus", "md"))
                .isEqualTo("US-Russia Military Talks Ukraine & Global Security Focus.md");
        assertThat(ExportNames.fileName("a/b\\c*d?\"e<f>g|h\ti", "json")).isEqualTo("a b c d e f g h i.json");
        assertThat(ExportNames.fileName("..hidden.", "md")).isEqualTo("hidden.md");
        assertThat(ExportNames.fileName("  ", "md")).isEqualTo("study-sheet.md");
        assertThat(ExportNames.fileName(null, "md")).isEqualTo("study-sheet.md");
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String name = ExportNames.fileName("word ".repeat(40), "md");
        assertThat(name.length()).isLessThanOrEqualTo(ExportNames.MAX_NAME_LENGTH + 3);
        assertThat(name).endsWith("word.md");
    }

    @Test
    void exportsGoToTheXdgDocumentsFolder() throws Exception {
        Path docs = Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");

        assertThat(ExportNames.documentsFolder(Map.of(), home)).isEqualTo(docs);
    }

    @Test
    void withoutXdgDocumentsIsUsedAndWithoutThatTheHomeFolder() throws Exception {
        assertThat(ExportNames.documentsFolder(Map.of(), home)).isEqualTo(home);
        Path docs = Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportNames.documentsFolder(Map.of("XDG_CONFIG_HOME", home.resolve("none").toString()), home))
                .isEqualTo(docs);
    }

    @Test
    void theMessageCountsWithoutParentheses() {
        assertThat(ExportNames.exported(1)).isEqualTo("Exported 1 annotation");
        assertThat(ExportNames.exported(5)).isEqualTo("Exported 5 annotations");
        assertThat(ExportNames.exported(0)).isEqualTo("Exported 0 annotations");
    }
}
