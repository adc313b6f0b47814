package app.margin.article.pdf;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What a font's name and descriptor say about its type: bold, mathematics (TeX's and OpenType's fonts of
 * mathematics), italic or slanted (emphasis), monospaced (code). Worked out once a font and remembered.
 */
final class Faces {
    static final int BOLD = 1;
    static final int MATH = 2;
    static final int ITALIC = 4;
    static final int MONO = 8;
    private static final Pattern ITALIC_FONT = Pattern.compile(
            ".*(italic|oblique|slanted|-it$|-it\\b|(cm|ec|lm)(ti|sl|bxti|bxsl)\\d).*");
    private static final Pattern MONO_FONT = Pattern.compile(
            ".*(mono|courier|consol|menlo|inconsolata|typewriter|(cm|ec|lm|t1x|lmtt|ectt|sf)tt\\d|^cmtt|^ectt|^lmtt"
                    + "|sfmono|sourcecodepro|firacode|dejavusansm|nimbusmon|freemono|lucidacons|beramono).*");
    /**
     * The names of TeX's and OpenType's fonts of mathematics, without their subset tag; kpfonts' are "Kp--M-Italic",
     * "Kp--M-Sy-Regular", "Kp--M-Ex-Regular" (nwejm's articles).
     */
    private static final Pattern MATH_FONT = Pattern.compile(
            "(cmmi|cmsy|cmex|cmbsy|msam|msbm|eufm|eufb|eurm|eusm|rsfs|lmmi|lmsy|lmex|txmi|txsy|txex|pxmi|pxsy|pxex"
            + "|mtmi|mtsy|mtex|stmary|lmmathitalic|lmmathsymbols|lmmathextension|kp-+m-).*|.*math.*");
    /**
     * The bold faces of TeX's EC fonts and of cm-super's Type 1 copies of them (ecsx1000, SFSX1000: sans serif bold;
     * bl bold slanted, bi bold italic, rb bold roman, so sans bold slanted, xc and xo bold small capitals), and
     * Computer Modern's sans serif bold (cmssbx10); their descriptors give no weight.
     */
    private static final Pattern EC_BOLD = Pattern.compile("(ec|sf)(bx|bl|bi|rb|sx|so|xc|xo)\\d{4}|cmssbx\\d+");

    /** Each font's flags, by identity (a document's fonts are loaded once). */
    private final Map<PDFont, Integer> known = new IdentityHashMap<>();

    /** The font's {@link #BOLD}, {@link #MATH}, {@link #ITALIC} and {@link #MONO} flags. */
    int of(PDFont font) {
        return known.computeIfAbsent(font, Faces::kind);
    }

    private static int kind(PDFont font) {
        String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        String plain = name.substring(name.indexOf('+') + 1);
        boolean math = MATH_FONT.matcher(plain).matches();
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        boolean italic = !math && (ITALIC_FONT.matcher(plain).matches()
                || descriptor != null && (descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 4));
        boolean mono = !math && (MONO_FONT.matcher(plain).matches()
                || descriptor != null && descriptor.isFixedPitch() && !descriptor.isSymbolic());
        return (bold(font) ? BOLD : 0) | (math ? MATH : 0) | (italic ? ITALIC : 0) | (mono ? MONO : 0);
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibd")
                || name.contains("demi") || name.matches(".*(cmbx|cmb|lmbx|ecbx|ecrb|sfbx|ptmb|phvb)\\d*.*")) {
            return true;
        }
        if (EC_BOLD.matcher(name.substring(name.indexOf('+') + 1)).matches()) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
