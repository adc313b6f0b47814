package app.margin.ui.shell;

import app.margin.article.ArticleImporter;
import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.library.LibraryView;
import app.margin.ui.library.LibraryViewModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The File menu's work with the world outside: file choosers, the library window, the clipboard. */
final class FileCommands {

    private final MainView view;
    private final MainViewModel viewModel;
    private final LibraryViewModel library;
    private final AnnotationExchange exchange;

    FileCommands(MainView view, MainViewModel viewModel, LibraryViewModel library, AnnotationExchange exchange) {
        this.view = view;
        this.viewModel = viewModel;
        this.library = library;
        this.exchange = exchange;
    }

    void chooseArticle() {
        library.prepareToOpen();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Everything Margin reads", patterns(ArticleImporter.EXTENSIONS)),
                new FileChooser.ExtensionFilter("EPUB books (*.epub)", "*.epub"),
                new FileChooser.ExtensionFilter("Web pages (*.html, *.htm, *.xhtml)", "*.html", "*.htm", "*.xhtml"),
                new FileChooser.ExtensionFilter("Articles, Markdown and text (*.json, *.md, *.txt)", "*.json", "*.md",
                        "*.markdown", "*.txt", "*.text"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(view.getScene().getWindow());
        if (chosen != null) {
            library.openFile(chosen.toPath());
        }
    }

    /** {@code *.ext} for each extension, in both cases, since file choosers on Linux match case-sensitively. */
    static List<String> patterns(List<String> extensions) {
        List<String> patterns = new ArrayList<>();
        for (String extension : extensions) {
            patterns.add("*." + extension);
            patterns.add("*." + extension.toUpperCase(Locale.ROOT));
        }
        return patterns;
    }

    /** Copies the whole study sheet to the clipboard as Markdown. */
    void copyStudySheet() {
        exchange.studySheet().ifPresent(md -> copy(md, "Copied the study sheet as Markdown."));
    }

    void exportAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Annotations");
        FileChooser.ExtensionFilter md = new FileChooser.ExtensionFilter("Markdown study sheet (*.md)", "*.md");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("Margin annotations, full detail (*.json)",
                "*.json");
        chooser.getExtensionFilters().addAll(md, json);
        chooser.setInitialFileName("study-sheet.md");
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        if (chosen != null) {
            boolean asJson = chooser.getSelectedExtensionFilter() == json || chosen.getName().endsWith(".json");
            exchange.export(chosen.toPath(), asJson ? AnnotationExchange.Format.JSON : AnnotationExchange.Format.MARKDOWN);
        }
    }

    void importAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Annotations");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Margin annotations (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(view.getScene().getWindow());
        if (chosen != null) {
            exchange.importFrom(chosen.toPath());
        }
    }

    void showLibrary() {
        Stage window = new Stage();
        window.initOwner(view.getScene().getWindow());
        window.setTitle("Library — Margin");
        LibraryView libraryView = new LibraryView(library, window::close, () -> {
            window.close();
            chooseArticle();
        });
        if (view.study() != null) {
            view.study().refreshDueCounts();
            libraryView.addStudyColumn(view.study().dueCounts(), entry -> {
                window.close();
                view.study().openWindow(view.getScene().getWindow(), entry.id(), entry.title());
            });
        }
        if (view.search() != null) {
            libraryView.addSearch(view.search().forLibrary(window::close));
        }
        Scene scene = new Scene(libraryView, 860, 420);
        scene.getStylesheets().setAll(view.getScene().getStylesheets());
        scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"),
                view.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("sepia"),
                view.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sepia")));
        window.setScene(scene);
        library.refresh();
        window.show();
        libraryView.table().requestFocus();
    }

    void copy(String markdown, String done) {
        ClipboardContent content = new ClipboardContent();
        content.putString(markdown);
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.showNotice(Notice.info(done));
    }
}
