package app.margin.article;

import java.io.IOException;
import java.io.InputStream;

/**
 * A picture's width and height read from the first bytes of its file, for the formats a book or page usually holds
 * (PNG, JPEG, GIF, BMP), without {@code javax.imageio}: ImageIO's first use sets up its plug-in registry, 150–220 ms
 * on the installed app's runtime, and each picture then cost ~1 ms, which put ~0.3 s before the first page of a
 * book with 120 figures. Reads only as far as the size (a JPEG's frame header may follow its metadata); says
 * {@code null} for any other format, or a header it does not understand, and the caller then asks ImageIO, so a
 * picture's size is what ImageIO would say.
 */
final class PictureHeaders {
    /** How far into a JPEG its frame header is looked for (metadata and thumbnails come before it). */
    static final int JPEG_SCAN_LIMIT = 4 * 1024 * 1024;

    private PictureHeaders() {}

    /** Width and height, or {@code null} when the stream does not start as a PNG, JPEG, GIF or BMP this reads. */
    static int[] size(InputStream in) throws IOException {
        byte[] head = in.readNBytes(26);
        if (head.length < 4) {
            return null;
        }
        if (u8(head, 0) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            // signature (8), IHDR's length (4) and type (4), then width and height, big-endian
            if (head.length < 24 || head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') {
                return null;
            }
            return positive(be32(head, 16), be32(head, 20));
        }
        if (head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head.length >= 10) {
            return positive(u8(head, 6) | u8(head, 7) << 8, u8(head, 8) | u8(head, 9) << 8);
        }
        if (head[0] == 'B' && head[1] == 'M' && head.length >= 26) {
            int header = le32(head, 14);
            if (header == 12) {
                return positive(u8(head, 18) | u8(head, 19) << 8, u8(head, 20) | u8(head, 21) << 8);
            }
            if (header >= 40) {
                return positive(le32(head, 18), Math.abs(le32(head, 22))); // negative height: rows top down
            }
            return null;
        }
        if (u8(head, 0) == 0xff && u8(head, 1) == 0xd8) {
            return jpeg(head, in);
        }
        return null;
    }

    /** Walks a JPEG's segments from the one after the start marker to the first frame header. */
    private static int[] jpeg(byte[] head, InputStream rest) throws IOException {
        InputStream in = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(head, 2, head.length - 2), rest);
        long read = 2;
        while (read < JPEG_SCAN_LIMIT) {
            int b = in.read();
            read++;
            if (b != 0xff) {
                return null; // not at a marker: not a JPEG this understands
            }
            int marker = in.read();
            read++;
            while (marker == 0xff) { // fill bytes
                marker = in.read();
                read++;
            }
            if (marker < 0) {
                return null;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // no length
            }
            if (marker == 0xd9 || marker == 0xda) {
                return null; // the image ends, or its data starts, before any frame header
            }
            byte[] length = in.readNBytes(2);
            if (length.length < 2) {
                return null;
            }
            int size = (u8(length, 0) << 8 | u8(length, 1)) - 2;
            read += 2;
            if (size < 0) {
                return null;
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                byte[] f = in.readNBytes(5); // precision, height, width
                if (f.length < 5) {
                    return null;
                }
                return positive(u8(f, 3) << 8 | u8(f, 4), u8(f, 1) << 8 | u8(f, 2));
            }
            try {
                in.skipNBytes(size);
            } catch (java.io.EOFException e) {
                return null;
            }
            read += size;
        }
        return null;
    }

    private static int[] positive(long width, long height) {
        return width > 0 && height > 0 && width <= Integer.MAX_VALUE && height <= Integer.MAX_VALUE
                ? new int[] {(int) width, (int) height} : null;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xff;
    }

    private static long be32(byte[] b, int i) {
        return (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
    }

    private static int le32(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16 | u8(b, i + 3) << 24;
    }
}
