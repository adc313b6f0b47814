package app.margin.ui.shell;

import app.margin.article.ArticleImporter;
import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.library.LibraryView;
import app.margin.ui.library.LibraryViewModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                new FileChooser.ExtensionFilter("PDF documents (*.pdf)", "*.pdf"),
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
        FileChooser.ExtensionFilter w3c = new FileChooser.ExtensionFilter("W3C Web Annotations (*.jsonld)",
                "*.jsonld");
        chooser.getExtensionFilters().addAll(md, json, w3c);
        FileChooser.ExtensionFilter ankiText = new FileChooser.ExtensionFilter("Anki cards, text (*.txt)", "*.txt");
        FileChooser.ExtensionFilter ankiPackage = new FileChooser.ExtensionFilter("Anki package (*.apkg)", "*.apkg");
        chooser.getExtensionFilters().addAll(ankiText, ankiPackage);
        chooser.setInitialDirectory(exportFolder().toFile());
        var layout = viewModel.reader().getLayout();
        chooser.setInitialFileName(app.margin.exchange.ExportNames.fileName(
                layout == null ? null : layout.article().title(), "md"));
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        if (chosen != null && (chooser.getSelectedExtensionFilter() == ankiPackage
                || chooser.getSelectedExtensionFilter() == ankiText || chosen.getName().endsWith(".apkg"))) {
            exportCards(chosen.toPath(), chooser.getSelectedExtensionFilter() == ankiPackage
                    || chosen.getName().endsWith(".apkg"));
            return;
        }
        if (chosen != null) {
            if (chosen.getParentFile() != null) {
                viewModel.settings().exportFolderProperty().set(chosen.getParentFile().getAbsolutePath());
            }
            boolean asW3c = chooser.getSelectedExtensionFilter() == w3c || chosen.getName().endsWith(".jsonld");
            boolean asJson = !asW3c && (chooser.getSelectedExtensionFilter() == json
                    || chosen.getName().endsWith(".json"));
            exchange.export(chosen.toPath(), asW3c ? AnnotationExchange.Format.W3C
                    : asJson ? AnnotationExchange.Format.JSON : AnnotationExchange.Format.MARKDOWN);
        }
    }

    /** The folder last exported to if it is still there, else the reader's documents folder. */
    java.nio.file.Path exportFolder() {
        String last = viewModel.settings().exportFolderProperty().get();
        if (last != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(last))) {
            return java.nio.file.Path.of(last);
        }
        return SheetFileNames.documentsFolder();
    }

    /** Writes the open article's study cards for Anki: its text format, or a package ({@code .apkg}). */
    void exportCards(java.nio.file.Path file, boolean asPackage) {
        var layout = viewModel.annotations().layout();
        if (layout == null || view.later().study() == null) {
            return;
        }
        app.margin.model.Article article = layout.article();
        java.nio.file.Path target = asPackage ? SheetFileNames.withExtension(file, ".apkg") : file;
        java.time.Clock clock = java.time.Clock.systemUTC();
        view.later().study().queue().run(cards -> {
            var list = cards.cards(article.id());
            try {
                if (asPackage) {
                    app.margin.exchange.AnkiPackage.write(target, article, list, clock);
                } else {
                    app.margin.exchange.AnkiExport.write(target, article, list);
                }
            } catch (app.margin.exchange.ExchangeException e) {
                throw new app.margin.store.StoreException(e.getMessage(), e);
            }
            return list.size();
        }, n -> viewModel.showNotice(Notice.info("Exported " + n + (n == 1 ? " card" : " cards") + " for Anki to " + target
                + ". In Anki: File → Import.")));
    }

    void importAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Annotations");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotations from Margin and other readers", "*.json", "*.jsonld",
                        "*.txt", "*.lua", "*.calibre_highlights"),
                new FileChooser.ExtensionFilter("Margin or W3C annotations (*.json, *.jsonld)", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("Kindle clippings (My Clippings.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("KOReader sidecar (metadata.*.lua)", "*.lua"),
                new FileChooser.ExtensionFilter("calibre highlights (*.calibre_highlights)", "*.calibre_highlights"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(view.getScene().getWindow());
        if (chosen != null) {
            importAnnotations(chosen.toPath());
        }
    }

    /** Imports a file of annotations; another reader's highlights are shown as a preview to accept first. */
    void importAnnotations(java.nio.file.Path file) {
        exchange.importFrom(file, (preview, accept) -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, String.join("\n", preview.subList(1,
                    preview.size())), javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
            ask.setTitle("Import Annotations");
            ask.setHeaderText("Import the highlights of " + file.getFileName() + "?");
            ask.initOwner(view.getScene().getWindow());
            ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).ifPresent(ok -> accept.run());
        });
    }

    /** File → Export PDF…: the study sheet of the article, or of the section being read, as a PDF. */
    void exportPdf() {
        askScope("Export PDF").ifPresent(this::exportPdf);
    }

    /** The outline's "Export Section as PDF…": the study sheet of that one section. */
    void exportSectionPdf(String sectionId) {
        if (viewModel.annotations().layout() != null) {
            exportPdf(new Scope(sectionId));
        }
    }

    private void exportPdf(Scope scope) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF study sheet (*.pdf)", "*.pdf"));
        chooser.setInitialDirectory(exportFolder().toFile());
        chooser.setInitialFileName(SheetFileNames.pdf(viewModel.annotations().layout().article().title(),
                exchange.scopeOf(scope.sectionId())));
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        if (chosen != null) {
            exchange.exportPdf(SheetFileNames.withExtension(chosen.toPath(), ".pdf"), scope.sectionId());
        }
    }

    /** File → Print…: the study sheet of the article, or of the section being read, on paper. */
    void print() {
        askScope("Print").ifPresent(scope -> exchange.sheet(scope.sectionId()).ifPresent(sheet ->
                new app.margin.ui.print.SheetPrint(javafx.print.Printer::getDefaultPrinter,
                        new app.margin.ui.print.SheetPages(view.getScene().getStylesheets()),
                        text -> viewModel.showNotice(Notice.info(text)),
                        text -> viewModel.showNotice(Notice.problem(text)))
                        .print(view.getScene().getWindow(), sheet, exchange.scopeOf(scope.sectionId()))));
    }

    /** The part of the article a printed sheet covers: one section, or all when {@code sectionId} is null. */
    record Scope(String sectionId) {}

    /** Asks whether to take the whole article or the section being read; empty when cancelled or nothing is open. */
    private java.util.Optional<Scope> askScope(String title) {
        if (viewModel.annotations().layout() == null) {
            return java.util.Optional.empty();
        }
        String section = viewModel.currentSectionId();
        if (section == null) {
            return java.util.Optional.of(new Scope(null));
        }
        String sectionTitle = exchange.scopeOf(section).substring("Section: ".length());
        return new ScopeDialog(view.getScene().getWindow(), view.getScene().getStylesheets(), title,
                viewModel.annotations().layout().article(), section, sectionTitle).ask();
    }

    void showLibrary() {
        Stage window = new Stage();
        window.initOwner(view.getScene().getWindow());
        window.setTitle("Library — Margin");
        LibraryView libraryView = new LibraryView(library, window::close, () -> {
            window.close();
            chooseArticle();
        });
        if (view.later().study() != null) {
            view.later().study().refreshDueCounts();
            libraryView.addStudyColumn(view.later().study().dueCounts(), entry -> {
                window.close();
                view.later().study().openWindow(view.getScene().getWindow(), entry.id(), entry.title());
            });
        }
        if (view.later().search() != null) {
            libraryView.addSearch(view.later().search().forLibrary(window::close));
        }
        Scene scene = new Scene(libraryView, 860, 420);
        scene.getStylesheets().setAll(view.getScene().getStylesheets());
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
