package app.margin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * WCAG 2 contrast between the text drawn in a surface and what is drawn behind it, from the colours JavaFX
 * resolved (after CSS): the text's fill, and behind it the first ancestor with a visible background fill (or a
 * shape painted beneath it, as a popover's frame), falling back to the scene's fill.
 */
final class Contrast {

    static final double AA = 4.5;

    private Contrast() {
    }

    /** WCAG 2 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} painted with its alpha over the opaque {@code bottom}. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** Every text in {@code root} shown below AA against its background, as messages naming theme and surface. */
    static List<String> problems(String theme, String surface, Parent root, Color sceneFill) {
        List<String> problems = new ArrayList<>();
        root.applyCss();
        root.layout();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Text text) || text.getText() == null || text.getText().isBlank() || !shown(text)) {
                continue;
            }
            Color bg = behind(text, sceneFill);
            double opacity = opacity(text);
            for (Color fg : colours(text.getFill())) {
                if (fg.getOpacity() == 0) {
                    continue; // not drawn (a focused field's prompt)
                }
                Color seen = over(Color.color(fg.getRed(), fg.getGreen(), fg.getBlue(), fg.getOpacity() * opacity), bg);
                double r = ratio(seen, bg);
                if (r < AA) {
                    problems.add(String.format(Locale.ROOT, "%s theme, %s: %s has text %s on %s, contrast %.2f:1 (< %.1f)",
                            theme, surface, describe(text), hex(seen), hex(bg), r, AA));
                }
            }
        }
        return problems;
    }

    /** Visible, enabled (WCAG exempts inactive controls) and not clipped away to nothing. */
    private static boolean shown(Node n) {
        if (n.isDisabled()) {
            return false;
        }
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return false;
            }
        }
        return n.getBoundsInLocal().getWidth() > 0;
    }

    private static double opacity(Node n) {
        double o = 1;
        for (Node at = n; at != null; at = at.getParent()) {
            o *= at.getOpacity();
        }
        return o;
    }

    /** The opaque colour behind a node. */
    static Color behind(Node node, Color sceneFill) {
        List<Color> layers = new ArrayList<>();
        Node child = node;
        for (Parent at = node.getParent(); at != null; child = at, at = at.getParent()) {
            Color beneath = shapeBeneath(at, child);
            Color own = at instanceof Region r ? fill(r.getBackground()) : null;
            // The parent's own background is painted first, then its earlier children (a shape beneath).
            if (beneath != null) {
                layers.add(beneath);
                if (beneath.isOpaque()) {
                    break;
                }
            }
            if (own != null) {
                layers.add(own);
                if (own.isOpaque()) {
                    break;
                }
            }
        }
        Color result = sceneFill == null || sceneFill.getOpacity() == 0 ? Color.WHITE : over(sceneFill, Color.WHITE);
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = over(layers.get(i), result);
        }
        return result;
    }

    /** The topmost visible shape drawn before {@code child} in {@code parent} that covers the child's centre. */
    private static Color shapeBeneath(Parent parent, Node child) {
        Color found = null;
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            if (sibling == child) {
                break;
            }
            if (sibling instanceof Shape s && s.isVisible() && s.getBoundsInParent().contains(
                    child.getBoundsInParent().getCenterX(), child.getBoundsInParent().getCenterY())) {
                Color c = average(s.getFill());
                if (c != null && c.getOpacity() > 0) {
                    found = c;
                }
            }
        }
        return found;
    }

    /** The innermost visible fill of a background (Modena paints borders first, the body last). */
    private static Color fill(Background background) {
        if (background == null) {
            return null;
        }
        Color found = null;
        for (BackgroundFill f : background.getFills()) {
            Color c = average(f.getFill());
            if (c != null && c.getOpacity() > 0) {
                found = c;
            }
        }
        return found;
    }

    private static Color average(Paint p) {
        List<Color> cs = colours(p);
        if (cs.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Color c : cs) {
            r += c.getRed();
            g += c.getGreen();
            b += c.getBlue();
            a += c.getOpacity();
        }
        int n = cs.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** A paint's colours: the colour itself, or every stop of a gradient (text is checked against each). */
    static List<Color> colours(Paint p) {
        List<Color> out = new ArrayList<>();
        if (p instanceof Color c) {
            out.add(c);
        } else if (p instanceof LinearGradient g) {
            g.getStops().stream().map(Stop::getColor).forEach(out::add);
        } else if (p instanceof RadialGradient g) {
            g.getStops().stream().map(Stop::getColor).forEach(out::add);
        }
        return out;
    }

    static String describe(Node text) {
        Node named = text;
        for (Node at = text; at != null; at = at.getParent()) {
            if (at instanceof Labeled || at instanceof TextInputControl) {
                named = at;
                break;
            }
        }
        String s = ((Text) text).getText().strip();
        return named.getClass().getSimpleName() + named.getStyleClass().stream().map(c -> "." + c).reduce("", String::concat)
                + " \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
