package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Picture;
import app.margin.ui.TestPictures;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures are read from inside the book or beside the page only, and their size is known before decoding. */
class PictureFilesTest {

    @TempDir
    Path dir;

    private static Picture picture(String source) {
        return new Picture(source, "alt", 0, 0);
    }

    @Test
    void aPictureBesideThePageIsReadAndItsSizeComesFromItsHeader() throws Exception {
        Files.createDirectories(dir.resolve("page_files"));
        Files.write(dir.resolve("page_files/fig.png"), TestPictures.png(40, 30));

        byte[] bytes = PictureFiles.read(dir.toString(), picture("page_files/fig.png"));

        assertThat(PictureFiles.size(bytes)).containsExactly(40, 30);
    }

    @Test
    void aPictureInsideTheBookIsReadFromTheZip() throws Exception {
        Path book = dir.resolve("book.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(book))) {
            zip.putNextEntry(new ZipEntry("OEBPS/images/a.png"));
            zip.write(TestPictures.png(12, 7));
        }

        assertThat(PictureFiles.size(PictureFiles.read(book.toString(), picture("OEBPS/images/a.png"))))
                .containsExactly(12, 7);
        assertThatThrownBy(() -> PictureFiles.read(book.toString(), picture("OEBPS/images/missing.png")))
                .hasMessageContaining("not in the book");
    }

    @Test
    void aDecompressionBombIsNamedByItsHeaderWithoutBeingDecoded() throws Exception {
        // A 30,000 × 30,000 PNG header with no picture data: reading its size must not decode anything.
        byte[] bomb = header(30_000, 30_000);

        int[] size = PictureFiles.size(bomb);

        assertThat(size).containsExactly(30_000, 30_000);
        assertThatThrownBy(() -> PictureFiles.checkSize(size)).hasMessage(
                "too large to show (30000 × 30000 pixels)");
    }

    @Test
    void aDamagedPictureHasNoSize() throws Exception {
        byte[] png = TestPictures.png(20, 20);
        byte[] cut = java.util.Arrays.copyOf(png, 20);

        assertThat(PictureFiles.size(cut)).isNull();
        assertThat(PictureFiles.size("not a picture at all".getBytes())).isNull();
    }

    @Test
    void aPathOutOfThePagesFolderOrALinkOutOfItIsNotRead() throws Exception {
        Path page = Files.createDirectories(dir.resolve("page"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(page.resolve("link.png"), dir.resolve("secret.txt"));

        assertThatThrownBy(() -> PictureFiles.read(page.toString(), picture("../secret.txt")))
                .hasMessageContaining("outside the page's folder");
        assertThatThrownBy(() -> PictureFiles.read(page.toString(), picture("/etc/passwd")))
                .hasMessageContaining("outside the page's folder");
        assertThatThrownBy(() -> PictureFiles.read(page.toString(), picture("link.png")))
                .hasMessageContaining("a link out of the page's folder");
    }

    @Test
    void aRemotePictureIsNeverFetchedAndADataPictureIsDecoded() throws Exception {
        assertThatThrownBy(() -> PictureFiles.read(dir.toString(), picture("https://tracker.example/p.png")))
                .hasMessage("not downloaded: Margin never goes online (tracker.example)");
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestPictures.png(3, 2));

        assertThat(PictureFiles.size(PictureFiles.read(null, picture(data)))).containsExactly(3, 2);
        assertThatThrownBy(() -> PictureFiles.read(null, picture("data:image/png;base64,@@@")))
                .hasMessage("a damaged data: picture");
    }

    @Test
    void aBookThatHasMovedSaysSo() {
        assertThatThrownBy(() -> PictureFiles.read(dir.resolve("gone.epub").toString(), picture("a.png")))
                .hasMessageContaining("no longer at");
    }

    /** A PNG of the given size with a valid header and nothing after it. */
    private static byte[] header(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes("IHDR".getBytes());
        out.writeBytes(ihdr);
        CRC32 crc = new CRC32();
        crc.update("IHDR".getBytes());
        crc.update(ihdr);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
