package app.margin.ui.shell;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.ui.outline.OutlineViewModel;
import app.margin.ui.reader.ReaderViewModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window: which article is open, the status bar's text, notices, and section navigation. */
public final class MainViewModel {

    private final ReaderViewModel reader = new ReaderViewModel();
    private final OutlineViewModel outline = new OutlineViewModel(reader);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Margin");
    private final ReadOnlyStringWrapper statusSection = new ReadOnlyStringWrapper(this, "statusSection", "");
    private final ReadOnlyStringWrapper statusProgress = new ReadOnlyStringWrapper(this, "statusProgress", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final BooleanBinding hasNextSection;
    private final BooleanBinding hasPreviousSection;

    public MainViewModel() {
        reader.currentSectionIdProperty().addListener((obs, old, id) -> updateStatus());
        reader.progressProperty().addListener((obs, old, p) -> updateStatus());
        hasNextSection = Bindings.createBooleanBinding(() -> sectionStep(1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
        hasPreviousSection = Bindings.createBooleanBinding(() -> sectionStep(-1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusSectionProperty() {
        return statusSection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProgressProperty() {
        return statusProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding hasNextSectionProperty() {
        return hasNextSection;
    }

    public BooleanBinding hasPreviousSectionProperty() {
        return hasPreviousSection;
    }

    public void showArticle(Article article) {
        reader.show(ArticleLayout.of(article));
        windowTitle.set(article.title() + " — Margin");
        updateStatus();
    }

    public void showNotice(Notice n) {
        notice.set(n);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public void nextSection() {
        String id = sectionStep(1);
        if (id != null) {
            reader.jumpToSection(id);
        }
    }

    public void previousSection() {
        String id = sectionStep(-1);
        if (id != null) {
            reader.jumpToSection(id);
        }
    }

    private String sectionStep(int step) {
        ArticleLayout layout = reader.getLayout();
        String current = reader.currentSectionIdProperty().get();
        if (layout == null || current == null) {
            return null;
        }
        List<String> order = layout.sectionOrder();
        int next = order.indexOf(current) + step;
        return next >= 0 && next < order.size() ? order.get(next) : null;
    }

    private void updateStatus() {
        ArticleLayout layout = reader.getLayout();
        String id = reader.currentSectionIdProperty().get();
        if (layout == null || id == null) {
            statusSection.set("");
            statusProgress.set("");
            return;
        }
        statusSection.set(layout.sectionTitle(id));
        statusProgress.set(String.format(Locale.ROOT, "%d%%", Math.round(reader.progressProperty().get() * 100)));
    }
}
