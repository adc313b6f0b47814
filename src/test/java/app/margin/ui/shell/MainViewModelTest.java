package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        vm = new MainViewModel(new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                Runnable::run, Runnable::run, Clock.systemUTC()));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** A window's view model whose first save, a highlight in the lead, found the disk full; its retry waits. */
    private record DiskFull(MainViewModel main, java.util.List<Runnable> retries) {}

    private DiskFull highlightWithTheDiskFull() {
        return highlightWithTheDiskFull(null);
    }

    /** As {@link #highlightWithTheDiskFull()}, with {@code first} on screen (a start notice) before the save fails. */
    private DiskFull highlightWithTheDiskFull(Notice first) {
        java.util.List<Runnable> retries = new java.util.ArrayList<>();
        app.margin.ui.annotations.FlakyStore flaky = new app.margin.ui.annotations.FlakyStore(store);
        app.margin.ui.queue.StoreQueue queue = app.margin.ui.queue.StoreQueue.over(
                CompletableFuture.completedFuture(flaky), Runnable::run, (delay, task) -> retries.add(task));
        MainViewModel main = new MainViewModel(new AnnotationsViewModel(queue, Runnable::run, Runnable::run,
                Clock.systemUTC()));
        main.showArticle(TestArticles.bundled());
        if (first != null) {
            main.showNotice(first);
        }
        int lead = main.reader().getLayout().blockOf(Article.LEAD_SECTION_ID, 0);
        flaky.failNext(new app.margin.store.StoreException("Your disk is full."));
        main.annotations().addHighlight(lead, 0, 5, app.margin.model.HighlightColor.YELLOW).orElseThrow();
        return new DiskFull(main, retries);
    }

    @Test
    void theNotSavedWarningMakesWayForSavedOnceTheRetrySaves() throws Exception {
        DiskFull full = highlightWithTheDiskFull();
        MainViewModel main = full.main();
        assertThat(main.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(main.noticeProperty().get().text()).startsWith("Not saved yet").contains("Your disk is full.");
        assertThat(main.saveStatusProperty().get()).isEqualTo("Not saved");

        full.retries().remove(0).run();

        assertThat(main.saveStatusProperty().get()).isEqualTo("All changes saved");
        assertThat(main.noticeProperty().get().kind()).isEqualTo(Notice.Kind.INFO);
        assertThat(main.noticeProperty().get().text()).isEqualTo(Notices.SAVED_AFTER_PROBLEM);
    }

    @Test
    void aSaveFailureWaitsBehindAStartNoticeTheReaderHasNotDismissed() throws Exception {
        int[] forgotten = {0};
        Notice start = Notice.problem("1 note could not be read and is left out.").whenDismissed(() -> forgotten[0]++);
        MainViewModel main = highlightWithTheDiskFull(start).main();

        assertThat(main.noticeProperty().get()).as("the start notice stays").isSameAs(start);
        assertThat(main.waitingNoticesProperty().get()).isEqualTo(1);
        assertThat(forgotten[0]).as("not dismissed by the reader").isZero();

        main.noticeDismissedByReader();

        assertThat(forgotten[0]).isEqualTo(1);
        assertThat(main.noticeProperty().get().text()).startsWith("Not saved yet").contains("Your disk is full.");
        assertThat(main.waitingNoticesProperty().get()).isZero();
    }

    @Test
    void aWaitingSaveFailureGoesWhenTheRetrySavesBeforeItShows() throws Exception {
        DiskFull full = highlightWithTheDiskFull(Notice.problem("The notes file was damaged and set aside."));
        MainViewModel main = full.main();

        full.retries().remove(0).run();
        main.noticeDismissedByReader();

        assertThat(main.noticeProperty().get()).as("nothing stale, and no 'Saved' for a warning never seen").isNull();
    }

    @Test
    void aPassingNoticeShowsOverAProblemAndTheProblemComesBack() {
        Notice start = Notice.problem("1 note could not be read and is left out.");
        vm.showNotice(start);
        Notice exported = Notice.info("Exported 1 note.");
        vm.showNotice(exported);

        assertThat(vm.noticeProperty().get()).isSameAs(exported);
        vm.dismissNotice(); // its time is up

        assertThat(vm.noticeProperty().get()).isSameAs(start);
    }

    @Test
    void aNoticeShownAfterTheWarningIsLeftAloneWhenTheRetrySaves() throws Exception {
        DiskFull full = highlightWithTheDiskFull();
        MainViewModel main = full.main();
        Notice later = Notice.info("Exported 1 note.");
        main.showNotice(later);

        full.retries().remove(0).run();

        assertThat(main.noticeProperty().get()).isSameAs(later);
    }

    @Test
    void readingTimesOfAnHourAndMoreAreGivenInHours() {
        int perMinute = StatusLine.WORDS_PER_MINUTE;
        assertThat(StatusLine.minutes(0)).isEqualTo("nothing");
        assertThat(StatusLine.minutes(perMinute / 3)).isEqualTo("under a minute");
        assertThat(StatusLine.minutes(59L * perMinute)).isEqualTo("59 min");
        assertThat(StatusLine.minutes(60L * perMinute)).isEqualTo("1 h");
        assertThat(StatusLine.minutes(160L * perMinute)).isEqualTo("2 h 40 min");
        assertThat(StatusLine.minutes(9579L * perMinute)).isEqualTo("160 h");
    }

    @Test
    void windowTitleAndStatusNameTheArticleAndSection() {
        vm.showArticle(TestArticles.bundled());

        assertThat(vm.windowTitleProperty().get()).startsWith("US-Russia Military Talks");
        assertThat(vm.statusSectionProperty().get()).isEqualTo(TestArticles.bundled().title());
        assertThat(vm.statusProgressProperty().get()).isEqualTo("0%");
    }

    @Test
    void anArticleThatFitsTheScreenHasAllItsReadingTimeLeftUntilItIsScrolled() {
        vm.showArticle(TestArticles.bundled());

        vm.reader().viewportChanged(0, 0, 0, 1.0); // all of it on screen: the scroll bar at its end
        assertThat(vm.statusProgressProperty().get()).isEqualTo("100%");
        assertThat(vm.statusTimeLeftProperty().get()).as("none of it read yet").isNotEqualTo("At the end");

        vm.reader().viewportChanged(3, 0, 3, 1.0); // scrolled to the end
        assertThat(vm.statusTimeLeftProperty().get()).isEqualTo("At the end");
    }

    /** Found by a new user: "2 min left" for a 324-page manual while only its first pages were read. */
    @Test
    void whileOnlyTheBeginningIsShownNoTimeLeftOrShareIsClaimed() {
        Article whole = TestArticles.bundled();
        ArticleOpening opening = vm.opening();
        opening.showBeginning(app.margin.ui.reader.ReaderDocument.of(beginningOf(whole)));
        vm.reader().viewportChanged(1, 0, 1, 0.5);

        assertThat(vm.statusTimeLeftProperty().get()).isEmpty();
        assertThat(vm.statusProgressProperty().get()).doesNotContain("%");

        opening.showArticle(app.margin.ui.reader.ReaderDocument.of(whole));
        vm.reader().viewportChanged(1, 0, 1, 0.2);
        assertThat(vm.statusTimeLeftProperty().get()).contains("left");
        assertThat(vm.statusProgressProperty().get()).isEqualTo("20%");
    }

    /** The bundled article's lead and first section only, as a long book's beginning is shown first. */
    private static Article beginningOf(Article whole) {
        return new Article(whole.id(), whole.title(), whole.byline(), whole.source(), whole.date(), whole.lead(),
                whole.sections().subList(0, 1), false, whole.language());
    }

    @Test
    void aBeginningIsShownUntilTheWholeArticleTakesItsPlace() {
        Article whole = TestArticles.bundled();

        ArticleOpening opening = vm.opening();
        assertThat(vm.openingStatusProperty().get()).isEqualTo("Opening…");
        opening.showBeginning(vm.prepare(beginningOf(whole)));

        assertThat(vm.restPendingProperty().get()).isTrue();
        assertThat(vm.openingStatusProperty().get()).isEqualTo("Reading the rest…");
        assertThat(vm.reader().getLayout().article().sections()).hasSize(1);
        opening.showArticle(vm.prepare(whole));
        assertThat(vm.restPendingProperty().get()).isFalse();
        assertThat(vm.openingStatusProperty().get()).isEmpty();
        assertThat(vm.reader().getLayout().article()).isEqualTo(whole);
        assertThat(vm.reader().jumpRequestProperty().get()).isNull(); // the reader had not moved: nothing to keep
    }

    @Test
    void theWholeArticleKeepsTheLineTheReaderScrolledToInItsBeginning() {
        Article whole = TestArticles.bundled();
        ArticleOpening opening = vm.opening();
        opening.showBeginning(vm.prepare(beginningOf(whole)));
        int block = vm.reader().getLayout().blockOf(whole.sections().get(0).id()) + 1;
        vm.reader().viewportChanged(block, 120, block, 0.8);

        opening.showArticle(vm.prepare(whole));

        assertThat(vm.reader().jumpRequestProperty().get()).satisfies(jump -> {
            assertThat(jump.blockIndex()).isEqualTo(block);
            assertThat(jump.offset()).isEqualTo(120);
            assertThat(jump.lineAtTop()).isTrue();
        });
    }

    @Test
    void anotherArticleAfterABeginningStartsAtItsTop() {
        Article whole = TestArticles.bundled();
        vm.opening().showBeginning(vm.prepare(beginningOf(whole)));
        vm.reader().viewportChanged(3, 40, 3, 0.5);
        Article other = new Article("other", "Another", null, null, null, java.util.List.of("One paragraph."),
                java.util.List.of(), false);

        vm.showArticle(other);

        assertThat(vm.restPendingProperty().get()).isFalse();
        assertThat(vm.reader().jumpRequestProperty().get()).isNull();
    }

    @Test
    void statusFollowsTheReader() {
        vm.showArticle(TestArticles.bundled());
        int block = vm.reader().getLayout().blockOf("ukraine-the-central-point-of-discussion");

        vm.reader().viewportChanged(block, block, 0.5);

        assertThat(vm.statusSectionProperty().get()).isEqualTo("Ukraine: The Central Point of Discussion");
        assertThat(vm.statusProgressProperty().get()).isEqualTo("50%");
    }

    @Test
    void nextAndPreviousSectionWalkTheOutlineAndStopAtTheEnds() {
        vm.showArticle(TestArticles.bundled());
        assertThat(vm.hasPreviousSectionProperty().get()).isFalse();

        vm.nextSection();
        vm.nextSection();
        vm.nextSection();

        assertThat(vm.reader().currentSectionIdProperty().get()).isEqualTo("de-escalation-efforts-and-stability");
        assertThat(vm.hasNextSectionProperty().get()).isFalse();
        vm.previousSection();
        assertThat(vm.reader().currentSectionIdProperty().get()).isEqualTo("ukraine-the-central-point-of-discussion");
    }

    @Test
    void outlineSelectionFollowsTheSectionBeingRead() {
        vm.showArticle(TestArticles.bundled());

        vm.outline().activate("understanding-the-us-russia-military-dialogue");

        assertThat(vm.outline().selectedSectionIdProperty().get())
                .isEqualTo("understanding-the-us-russia-military-dialogue");
        assertThat(vm.outline().entries()).hasSize(4);
        assertThat(vm.outline().entries().get(0).sectionId()).isEqualTo(Article.LEAD_SECTION_ID);
    }

    @Test
    void outlineMarksCountBookmarksSectionNotesAndHighlights() {
        vm.showArticle(TestArticles.bundled());
        String ukraine = "ukraine-the-central-point-of-discussion";
        int para = vm.reader().getLayout().blockOf(ukraine, 0);

        vm.annotations().addSectionNote(ukraine);
        vm.annotations().addHighlight(para, 0, 7, app.margin.model.HighlightColor.BLUE);
        vm.reader().jumpToBlock(para);
        vm.toggleBookmark();

        assertThat(vm.outline().marksOf(ukraine)).isEqualTo(new app.margin.ui.outline.SectionMarks(1, 1, 1));
        assertThat(vm.outline().marksOf(Article.LEAD_SECTION_ID).isEmpty()).isTrue();
    }

    @Test
    void deletingShowsANoticeWhoseUndoBringsItBack() {
        vm.showArticle(TestArticles.bundled());
        var note = vm.annotations().addSectionNote(Article.LEAD_SECTION_ID);
        vm.annotations().deleteNote(note.id());

        Notice notice = vm.noticeProperty().get();
        assertThat(notice.text()).isEqualTo("Note deleted.");
        notice.action().run();

        assertThat(vm.annotations().notes()).extracting(n -> n.id()).containsExactly(note.id());
    }

    @Test
    void noticeShowsAndDismisses() {
        vm.showNotice(Notice.problem("broken.json, line 3, column 1: expected a value"));
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PROBLEM);

        vm.dismissNotice();

        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void runningOutOfMemoryWhileOpeningKeepsThePreviousArticleAndSaysSo() {
        vm.showArticle(TestArticles.bundled());
        Article big = TestArticles.synthetic(3, 3);
        vm.layoutOf = a -> {
            throw new OutOfMemoryError("Java heap space");
        };

        boolean shown = vm.showArticle(big);

        assertThat(shown).isFalse();
        assertThat(vm.reader().getLayout().article()).isEqualTo(TestArticles.bundled());
        assertThat(vm.windowTitleProperty().get()).startsWith("US-Russia Military Talks");
        assertThat(vm.noticeProperty().get().text()).contains("too large to open", "stays open");
    }

    @Test
    void runningOutOfMemoryWhileThePaneShowsTheTextKeepsThePreviousArticle() {
        vm.showArticle(TestArticles.bundled());
        Article big = TestArticles.synthetic(3, 3);
        // What the reading pane does when building the new text runs out of memory (ReaderView's listener).
        vm.reader().layoutProperty().addListener((obs, old, layout) -> {
            if (layout != null && layout.article() == big) {
                vm.reader().showFailed(new OutOfMemoryError("Java heap space"));
            }
        });

        assertThat(vm.showArticle(big)).isFalse();

        assertThat(vm.reader().getLayout().article()).isEqualTo(TestArticles.bundled());
        assertThat(vm.noticeProperty().get().text()).contains("too large to open");
    }
}
