package org.apache.fontbox.cmap;

import java.nio.charset.StandardCharsets;

/**
 * Margin's stand-in for fontbox's own {@code CMapStrings} (fontbox 3.0.8), the same answers worked out when asked
 * instead of for all 65,536 two-byte codes in a static initialiser. Margin's jar comes before fontbox's on the class
 * path, so this class is the one loaded. fontbox's builds 65,536 strings, byte arrays and integers the first time a
 * PDF font's Unicode map is read: on the installed runtime, where none of that code is compiled yet, ~65 ms alone
 * and ~110 ms beside a starting window, which a PDF's first page waited for, and ~5 MB of heap kept for good.
 * {@code CMapStringsTest} checks every answer against fontbox's own class, loaded from fontbox's jar, and that its
 * public methods are these: a fontbox that changes the class fails that test rather than Margin at run time.
 * <p>
 * Codes of one byte map as ISO-8859-1, of two bytes (or none, read as the two-byte code 0) as UTF-16BE; longer
 * codes have no answer here. Strings are kept once made; a byte array or an integer is made for each call (fontbox
 * hands out shared ones, which its callers only read).
 */
public final class CMapStrings {
    private static final String[] ONE_BYTE = new String[256];
    private static final String[] TWO_BYTES = new String[65536];

    private CMapStrings() {}

    /** The string a one- or two-byte code stands for, or null for a longer code. */
    public static String getMapping(byte[] bytes) {
        if (bytes.length > 2) {
            return null;
        }
        int code = CMap.toInt(bytes);
        boolean one = bytes.length == 1;
        String[] known = one ? ONE_BYTE : TWO_BYTES;
        String mapping = known[code]; // strings are immutable: a race only makes one twice
        if (mapping == null) {
            mapping = one ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : new String(twoBytes(code), StandardCharsets.UTF_16BE);
            known[code] = mapping;
        }
        return mapping;
    }

    /** The code as a number, or null for a code of more than two bytes. */
    public static Integer getIndexValue(byte[] bytes) {
        return bytes.length > 2 ? null : Integer.valueOf(CMap.toInt(bytes));
    }

    /** The code's bytes (two zero bytes for none), or null for a code of more than two bytes. */
    public static byte[] getByteValue(byte[] bytes) {
        if (bytes.length > 2) {
            return null;
        }
        int code = CMap.toInt(bytes);
        return bytes.length == 1 ? new byte[] {(byte) code} : twoBytes(code);
    }

    private static byte[] twoBytes(int code) {
        return new byte[] {(byte) (code >> 8), (byte) code};
    }
}
