package app.margin.ui.reader;

import app.margin.article.ArticleException;
import app.margin.article.LinkedFiles;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Links on the page: what the pointer is over (the status bar says where it goes), following one (an internal link
 * jumps and remembers where the reader was, as a browser's history does; an external one is only asked to be
 * opened, and the window says where it goes first; one to another file beside the page is asked to be opened as
 * File → Open would, and landed in at its fragment), going back (to another file too), and a note reference's note.
 */
public final class LinksViewModel {
    /**
     * A note reference clicked: the block and offset it is at, the note's first block, and the note's paragraphs as
     * its popover shows them ({@link NoteParagraphs}: the whole note, up to a cap).
     */
    public record NoteRequest(int referenceBlock, int referenceOffset, int noteBlock, List<NoteParagraph> note) {
        public NoteRequest {
            note = List.copyOf(note);
        }

        /** The note's text, its paragraphs a blank line apart, a list item's marker before it. */
        public String noteText() {
            StringBuilder text = new StringBuilder();
            for (NoteParagraph p : note) {
                text.append(text.isEmpty() ? "" : "\n\n").append(p.marker() == null ? "" : p.marker() + " ")
                        .append(p.text());
            }
            return text.toString();
        }
    }

    /**
     * A paragraph of a note's popover: a list item's marker (not part of the text) or {@code null}, the text, its
     * inline spans (emphasis, code…) and whether it is a code block.
     */
    public record NoteParagraph(String marker, String text, List<Span> spans, boolean code) {
        public NoteParagraph {
            spans = List.copyOf(spans);
        }
    }

    private final ReaderViewModel reader;
    private final Supplier<Place> here;
    /** The lines that were at the top of the pane before each jump. */
    private final LinkHistory history = new LinkHistory();
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> externalRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<NoteRequest> noteRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkedFiles.Link> fileRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkHistory.Visit> returnRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>();

    /** A line of the page: its block and the offset where it starts. */
    record Place(int block, int offset) {}

    /** @param here where the reader is now: the line at the top of the pane */
    LinksViewModel(ReaderViewModel reader, Supplier<Place> here) {
        this.reader = reader;
        this.here = here;
        reader.layoutProperty().addListener((obs, old, layout) -> {
            hovered.set(""); // another text under the pointer: the next move says what it is over
            if (old == null || layout == null || !old.article().id().equals(layout.article().id())) {
                history.clear();
            }
        });
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return history.canGoBackProperty();
    }

    /** Where the link under the pointer goes, for the status bar; "" when the pointer is over none. */
    public ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** An address outside the book the reader clicked: the window asks before opening it. */
    public ObjectProperty<String> externalRequestProperty() {
        return externalRequest;
    }

    public ReadOnlyObjectProperty<NoteRequest> noteRequestProperty() {
        return noteRequest;
    }

    /**
     * A file a link on the page leads to, worked out but not yet looked at on the disk: the window opens it as File →
     * Open would (after {@link LinkedFiles#check}), then calls {@link #arrived}.
     */
    public ReadOnlyObjectProperty<LinkedFiles.Link> fileRequestProperty() {
        return fileRequest;
    }

    /** Back leads to another article: the window opens it from the library, then calls {@link #returned}. */
    public ReadOnlyObjectProperty<LinkHistory.Visit> returnRequestProperty() {
        return returnRequest;
    }

    /** Why a link just clicked leads nowhere, in a sentence for the window to show. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem;
    }

    /**
     * The address a {@code mailto:} link writes to, its escapes decoded ("debian-policy%40lists.debian.org" is
     * debian-policy@lists.debian.org), without its subject or other fields; {@code null} for any other link, and for
     * one that names no one ("mailto:?to=…": said as written).
     */
    public static String mailAddress(String target) {
        if (target == null || !target.regionMatches(true, 0, "mailto:", 0, 7)) {
            return null;
        }
        String address;
        try {
            address = new java.net.URI(target.strip()).getSchemeSpecificPart();
        } catch (java.net.URISyntaxException e) {
            address = target.strip().substring(7);
        }
        int fields = address.indexOf('?');
        String to = (fields >= 0 ? address.substring(0, fields) : address).strip();
        return to.isEmpty() ? null : to;
    }

    /** The link at a place of the page, or {@code null}. */
    public Span linkAt(int block, int offset) {
        ArticleLayout layout = reader.getLayout();
        if (layout == null || block < 0 || block >= layout.blocks().size()) {
            return null;
        }
        return InlineStyles.pointingAt(layout.blocks().get(block).form(), offset);
    }

    /** The pointer is over {@code link} ({@code null}: over none). */
    public void hover(Span link) {
        hovered.set(link == null ? "" : describe(link));
    }

    String describe(Span link) {
        if (link.toFile()) {
            ArticleLayout layout = reader.getLayout();
            String file = LinkedFiles.shown(link.target());
            return layout != null && layout.article().pictureBase() == null
                    ? file + ": a file beside the page this was read from, which Margin does not know" : "Opens " + file;
        }
        if (!link.internal()) {
            String mail = mailAddress(link.target());
            return mail != null ? "E-mail to " + mail : link.target();
        }
        ArticleLayout layout = reader.getLayout();
        int target = layout == null ? -1 : layout.blockOfTarget(link.target());
        if (target < 0) {
            return "A place this book does not have";
        }
        String section = layout.sectionTitle(layout.sectionIdAt(target));
        Block to = layout.blocks().get(target);
        if (link.style() == Span.Style.NOTE_REF) {
            return "Note: " + preview(to.text());
        }
        if (to.isParagraph() && to.form().role() == ParagraphForm.Role.LIST_ITEM) {
            // A citation's entry in a list of references: which one, not only "References" (a new user's wish).
            String marker = to.form().marker();
            return "Go to: " + (marker == null ? "" : marker + " ") + preview(to.text());
        }
        return "Go to: " + (section == null ? "" : section);
    }

    private static String preview(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    /** The reader clicked {@code link} at {@code block}, {@code offset}. Returns whether it led anywhere. */
    public boolean follow(int block, int offset, Span link) {
        if (link.toFile()) {
            followFile(link.target());
            return true;
        }
        if (!link.internal()) {
            externalRequest.set(null);
            externalRequest.set(link.target());
            return true;
        }
        ArticleLayout layout = reader.getLayout();
        int target = layout == null ? -1 : layout.blockOfTarget(link.target());
        if (target < 0) {
            return false;
        }
        if (link.style() == Span.Style.NOTE_REF) {
            noteRequest.set(new NoteRequest(block, offset, target, NoteParagraphs.of(layout, target)));
            return true;
        }
        jumpRemembering(target);
        return true;
    }

    /** Goes to a note's own place from its popover ("Go to note"). */
    public void goToNote(NoteRequest request) {
        noteRequest.set(null);
        jumpRemembering(request.noteBlock());
    }

    public void closeNote() {
        noteRequest.set(null);
    }

    private void jumpRemembering(int target) {
        history.push(visitHere());
        reader.jumpToBlock(target);
    }

    /** The line at the top of the pane, in the article shown. */
    private LinkHistory.Visit visitHere() {
        ArticleLayout layout = reader.getLayout();
        Place place = here.get();
        return new LinkHistory.Visit(layout == null ? "" : layout.article().id(), place.block(), place.offset());
    }

    private void followFile(String target) {
        ArticleLayout layout = reader.getLayout();
        try {
            LinkedFiles.Link to = LinkedFiles.resolve(layout == null ? null : layout.article().pictureBase(), target);
            history.leaving(visitHere());
            fileRequest.set(null);
            fileRequest.set(to);
        } catch (ArticleException e) {
            problem.set(null);
            problem.set(e.sentence());
        }
    }

    /**
     * The file a link asked for is on screen (and its saved place restored): Back leads to where the link was, and
     * the page goes to the link's fragment. Returns false when the fragment names no place in it (it stays where
     * File → Open would have put it).
     */
    public boolean arrived(LinkedFiles.Link link) {
        history.arrived();
        ArticleLayout layout = reader.getLayout();
        int block = layout == null ? -1 : LinkedFiles.landing(layout, link.fragment());
        if (block >= 0) {
            reader.jumpToBlock(block);
        }
        return block >= 0 || link.fragment().isEmpty();
    }

    /**
     * Back to where the reader was before the last link they followed: the line that was at the top is at the top
     * again, as a browser's Back restores the scroll (not with the context lines a jump to a new place leaves). In
     * another file, the window is asked to open it again ({@link #returnRequestProperty()}).
     */
    public void back() {
        LinkHistory.Visit to = history.poll();
        if (to == null) {
            return;
        }
        ArticleLayout layout = reader.getLayout();
        if (layout != null && layout.article().id().equals(to.articleId())) {
            reader.jumpToLine(to.block(), to.offset());
        } else {
            history.returning();
            returnRequest.set(null);
            returnRequest.set(to);
        }
    }

    /** The article Back asked for is on screen again (its saved place restored): its line goes back to the top. */
    public void returned(LinkHistory.Visit visit) {
        history.arrived();
        ArticleLayout layout = reader.getLayout();
        if (layout != null && layout.article().id().equals(visit.articleId())) {
            reader.jumpToLine(visit.block(), visit.offset());
        }
    }
}
