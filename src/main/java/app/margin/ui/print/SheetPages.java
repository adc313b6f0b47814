package app.margin.ui.print;

import app.margin.exchange.StudySheet;
import app.margin.exchange.StudySheet.Part;
import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The study sheet as printable pages: one {@link Label} a block (title, heading, section note, highlighted
 * passage, note, details), set in the reading font by the stylesheet's print block, cut into pages of a given
 * printable size so no block is split across two pages. A block taller than a page gets a page of its own.
 */
public final class SheetPages {

    private final List<String> stylesheets;

    /** @param stylesheets the window's stylesheets: the print block and the light theme's tokens are there */
    public SheetPages(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** The sheet's blocks, in order, each a wrapped label with its style classes. */
    static List<Label> blocks(Sheet sheet, String scope) {
        List<Label> blocks = new ArrayList<>();
        blocks.add(block(sheet.title(), "print-title"));
        if (!sheet.byline().isBlank()) {
            blocks.add(block(sheet.byline(), "print-byline"));
        }
        if (scope != null) {
            blocks.add(block(scope, "print-muted"));
        }
        blocks.add(block("Study notes from Margin, " + sheet.exported() + ".", "print-muted"));
        for (Part part : sheet.parts()) {
            blocks.add(block(part.heading(), "print-heading", "print-heading-" + Math.min(3, part.level())));
            if (part.unplaced()) {
                blocks.add(block(StudySheet.UNPLACED_EXPLANATION, "print-text"));
            }
            for (Note note : part.sectionNotes()) {
                blocks.add(block("Section note", "print-label"));
                if (!note.text().isBlank()) {
                    blocks.add(block(note.text().strip(), "print-text", "print-section-note"));
                }
                blocks.add(block(details(note, sheet), "print-details"));
            }
            for (Note note : part.highlights()) {
                if (note.anchor().quote() != null) {
                    blocks.add(block(note.anchor().quote().exact(), "print-passage",
                            note.color() == null ? "print-plain" : "hl-" + note.color().key()));
                }
                if (!note.text().isBlank()) {
                    blocks.add(block(note.text().strip(), "print-text"));
                }
                blocks.add(block(details(note, sheet), "print-details"));
            }
            for (Bookmark bookmark : part.bookmarks()) {
                blocks.add(block("Bookmark: " + bookmark.name(), "print-text"));
            }
        }
        return blocks;
    }

    private static String details(Note note, Sheet sheet) {
        List<String> parts = new ArrayList<>();
        StudySheet.colourLabel(note).ifPresent(parts::add);
        if (!note.tags().isEmpty()) {
            parts.add("Tags: " + String.join(" ", note.tags().stream().map(t -> "#" + t.replace(' ', '-')).toList()));
        }
        parts.add(StudySheet.time(note, sheet.zone()));
        return String.join(" · ", parts);
    }

    private static Label block(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * The sheet laid out on pages of {@code width} × {@code height} (points, the printable area): each page a
     * {@link VBox} of whole blocks. Call on the FX thread.
     */
    public List<VBox> pages(Sheet sheet, String scope, double width, double height) {
        List<VBox> pages = new ArrayList<>();
        VBox page = newPage(width, height);
        VBox probe = newPage(width, Double.MAX_VALUE);
        double used = 0;
        for (Label block : blocks(sheet, scope)) {
            double h = measure(probe, block, width);
            double gap = page.getChildren().isEmpty() ? 0 : page.getSpacing();
            if (!page.getChildren().isEmpty() && used + gap + h > height) {
                pages.add(page);
                page = newPage(width, height);
                used = 0;
                gap = 0;
            }
            page.getChildren().add(block);
            used += gap + h;
        }
        pages.add(page);
        for (VBox p : pages) {
            p.applyCss();
            p.layout();
        }
        return pages;
    }

    private VBox newPage(double width, double height) {
        VBox page = new VBox();
        page.getStyleClass().add("print-sheet");
        page.setSpacing(5);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        Scene scene = new Scene(page, width, height); // its root: the light theme's tokens apply
        scene.getStylesheets().setAll(stylesheets);
        return page;
    }

    /** The block's height at the page's width, with the stylesheet applied. */
    private static double measure(VBox probe, Label block, double width) {
        probe.getChildren().add(block);
        probe.applyCss();
        block.setMaxWidth(width);
        double h = block.prefHeight(width);
        probe.getChildren().clear();
        return h;
    }

    /** The blocks' text, for tests. */
    static List<String> text(List<? extends Node> page) {
        return page.stream().map(n -> ((Label) n).getText()).toList();
    }
}
