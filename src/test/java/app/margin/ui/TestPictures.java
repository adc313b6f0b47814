package app.margin.ui;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small PNG files for tests, written by hand so no picture is copied into the repository. */
public final class TestPictures {
    private TestPictures() {}

    /** A {@code width} × {@code height} PNG of two colours in bands. */
    public static byte[] png(int width, int height) {
        return png(width, height, true);
    }

    static byte[] png(int width, int height, boolean withData) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height && withData; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                boolean band = (x / 20 + y / 20) % 2 == 0;
                raw.write(band ? 0x2a : 0xe0);
                raw.write(band ? 0x5d : 0xc0);
                raw.write(band ? 0xb0 : 0x40);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[raw.size() + 1024];
        int length = deflater.deflate(buffer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        byte[] data = new byte[length];
        System.arraycopy(buffer, 0, data, 0, length);
        chunk(out, "IDAT", data);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
