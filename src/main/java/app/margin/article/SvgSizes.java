package app.margin.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG drawing's size in CSS pixels, from its root element's {@code width}, {@code height} and {@code viewBox},
 * read as text without parsing the document (no JSVG here: this runs for every picture when an article is read), so
 * the page reserves a drawing's room before it is drawn, as for any other picture.
 */
final class SvgSizes {
    private static final Pattern ROOT = Pattern.compile("<svg\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)\\s*");
    /** The most characters looked at for the root element. */
    static final int HEAD = 8192;

    private SvgSizes() {}

    /** Width and height, or {@code null} when the root element does not give them (or only as percentages). */
    static int[] of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher root = ROOT.matcher(head);
        if (!root.find()) {
            return null;
        }
        String attributes = root.group(1);
        double w = length(attribute(attributes, "width"));
        double h = length(attribute(attributes, "height"));
        double[] box = viewBox(attribute(attributes, "viewBox"));
        if (box != null) {
            if (w > 0 && h <= 0) {
                h = w * box[1] / box[0];
            } else if (h > 0 && w <= 0) {
                w = h * box[0] / box[1];
            } else if (w <= 0) {
                w = box[0];
                h = box[1];
            }
        }
        if (w < 1 || h < 1 || w > 1e6 || h > 1e6) {
            return null;
        }
        return new int[] {(int) Math.round(w), (int) Math.round(h)};
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(attributes);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    /** A length in CSS pixels; 0 when absent, a percentage, or not a length. */
    static double length(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "", "px" -> v;
            case "pt" -> v * 4 / 3;
            case "pc" -> v * 16;
            case "in" -> v * 96;
            case "cm" -> v * 96 / 2.54;
            case "mm" -> v * 96 / 25.4;
            case "em" -> v * 16;
            default -> 0; // %, ex and other relative units: the room is the page's to choose
        };
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
