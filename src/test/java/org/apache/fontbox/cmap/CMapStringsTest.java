package org.apache.fontbox.cmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Margin's {@link CMapStrings} answers as fontbox's own does, which it stands in for, and is the one loaded. */
class CMapStringsTest {
    private static URLClassLoader fontboxOnly;
    private static Class<?> fontbox;

    /** fontbox's own class, from fontbox's jar and the logging it uses (where Margin's classes are not). */
    @BeforeAll
    static void loadFontboxOwn() throws Exception {
        URL jar = CMap.class.getProtectionDomain().getCodeSource().getLocation();
        URL logging = org.apache.commons.logging.LogFactory.class.getProtectionDomain().getCodeSource().getLocation();
        fontboxOnly = new URLClassLoader(new URL[] {jar, logging}, null);
        fontbox = fontboxOnly.loadClass(CMapStrings.class.getName());
    }

    @AfterAll
    static void close() throws Exception {
        fontboxOnly.close();
    }

    @Test
    void marginsClassIsTheOneLoadedNotFontboxs() {
        assertThat(CMapStrings.class.getProtectionDomain().getCodeSource().getLocation())
                .isNotEqualTo(CMap.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void itHasFontboxsPublicMethodsAndNoOthers() {
        assertThat(publicMethods(CMapStrings.class)).isEqualTo(publicMethods(fontbox));
    }

    @Test
    void everyCodeOfUpToTwoBytesAndLongerOnesAnswerAsFontboxs() throws Exception {
        Method mapping = fontbox.getMethod("getMapping", byte[].class);
        Method index = fontbox.getMethod("getIndexValue", byte[].class);
        Method value = fontbox.getMethod("getByteValue", byte[].class);
        for (byte[] code : codes()) {
            String what = Arrays.toString(code);
            assertThat(CMapStrings.getMapping(code)).as(what).isEqualTo(mapping.invoke(null, (Object) code));
            assertThat(CMapStrings.getIndexValue(code)).as(what).isEqualTo(index.invoke(null, (Object) code));
            assertThat(CMapStrings.getByteValue(code)).as(what).isEqualTo(value.invoke(null, (Object) code));
        }
    }

    /** Every code of one and two bytes, none, and two longer ones. */
    private static byte[][] codes() {
        byte[][] codes = new byte[256 + 65536 + 3][];
        int n = 0;
        for (int i = 0; i < 256; i++) {
            codes[n++] = new byte[] {(byte) i};
        }
        for (int i = 0; i < 65536; i++) {
            codes[n++] = new byte[] {(byte) (i >> 8), (byte) i};
        }
        codes[n++] = new byte[0];
        codes[n++] = new byte[] {1, 2, 3};
        codes[n] = new byte[] {(byte) 0xD8, 0x3D, (byte) 0xDE, 0x00};
        return codes;
    }

    private static Set<String> publicMethods(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                out.add((Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getReturnType().getName() + " "
                        + m.getName() + Arrays.toString(m.getParameterTypes()));
            }
        }
        return out;
    }
}
