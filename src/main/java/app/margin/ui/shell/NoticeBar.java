package app.margin.ui.shell;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The notice over the page's foot: its text, its action ("Undo") and Dismiss. A notice that only informs goes by
 * itself after {@link #UNDO_NOTICE_TIME}; a problem stays until dismissed. When more notices wait behind it
 * ({@link Notices}), it says how many, and Dismiss brings the next.
 */
final class NoticeBar extends HBox {

    static final Duration UNDO_NOTICE_TIME = Duration.seconds(8);

    private final PauseTransition timer = new PauseTransition(UNDO_NOTICE_TIME);

    NoticeBar(MainViewModel viewModel) {
        super(12);
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action = new Button();
        action.managedProperty().bind(action.visibleProperty());
        action.setMinWidth(Region.USE_PREF_SIZE);
        Label more = new Label();
        more.getStyleClass().add("notice-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.textProperty().bind(viewModel.waitingNoticesProperty().asString("%d more"));
        more.visibleProperty().bind(viewModel.waitingNoticesProperty().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());
        Button close = new Button("Dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> viewModel.noticeDismissedByReader());
        close.setAccessibleText("Dismiss this message");
        getChildren().addAll(text, more, action, close);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("notice-bar");
        setMaxWidth(680);
        setMaxHeight(Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(viewModel.noticeProperty().isNotNull());
        timer.setOnFinished(e -> {
            Notice n = viewModel.noticeProperty().get();
            if (n != null && n.kind() == Notice.Kind.INFO) {
                viewModel.dismissNotice();
            }
        });
        viewModel.noticeProperty().addListener((obs, old, n) -> {
            text.setText(n == null ? "" : n.text());
            action.setVisible(n != null && n.hasAction());
            action.setText(n != null && n.hasAction() ? n.actionLabel() : "");
            action.setOnAction(e -> {
                viewModel.dismissNotice();
                n.action().run();
            });
            pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), n != null && n.kind() == Notice.Kind.PROBLEM);
            timer.stop();
            if (n != null && n.kind() == Notice.Kind.INFO) {
                timer.playFromStart();
            }
        });
    }
}
