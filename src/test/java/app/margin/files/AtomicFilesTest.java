package app.margin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "old");

        AtomicFiles.write(file, out -> {
            out.write("new ".getBytes());
            out.close(); // a JSON generator closes its stream: the file is still synced and renamed
        });

        assertThat(file).hasContent("new ");
        assertThat(dir.resolve("a.json" + AtomicFiles.PARTIAL)).doesNotExist();
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");

        assertThat(file).hasContent("old");
        assertThat(dir.resolve("a.json" + AtomicFiles.PARTIAL)).doesNotExist();
    }

    @Test
    void aFileWrittenElsewhereIsInstalledInPlaceOfTheOld() throws Exception {
        Path file = Files.writeString(dir.resolve("margin.db"), "old");
        Path made = Files.writeString(dir.resolve("margin.db.creating"), "new");

        AtomicFiles.install(made, file);

        assertThat(file).hasContent("new");
        assertThat(made).doesNotExist();
    }

    @Test
    void aCopyReplacesTheTargetWholeThroughItsPartialName() throws Exception {
        Path source = Files.writeString(dir.resolve("backup.db"), "backup");
        Path target = Files.writeString(dir.resolve("margin.db"), "old");
        Path partial = dir.resolve("margin.db.restoring");

        AtomicFiles.copy(source, target, partial);

        assertThat(target).hasContent("backup");
        assertThat(source).hasContent("backup");
        assertThat(partial).doesNotExist();
    }

    @Test
    void aCopyThatFailsLeavesTheOldTargetAndNoPartialFile() throws Exception {
        Path target = Files.writeString(dir.resolve("margin.db"), "old");
        Path partial = dir.resolve("margin.db.restoring");

        assertThatThrownBy(() -> AtomicFiles.copy(dir.resolve("missing.db"), target, partial))
                .isInstanceOf(IOException.class);

        assertThat(target).hasContent("old");
        assertThat(partial).doesNotExist();
    }

    @Test
    void aRenameReplacesTheTarget() throws Exception {
        Path from = Files.writeString(dir.resolve("margin.db.corrupt"), "kept");
        Path to = Files.writeString(dir.resolve("margin.db"), "other");

        AtomicFiles.rename(from, to);

        assertThat(to).hasContent("kept");
        assertThat(from).doesNotExist();
    }
}
