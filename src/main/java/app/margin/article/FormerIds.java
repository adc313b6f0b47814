package app.margin.article;

/**
 * Asked while a book is read, when an earlier Margin named it by another id than it gets now (an EPUB whose
 * identifier is a placeholder, see {@link EpubIdentity}): whether it keeps that former id, so the notes made under
 * it stay with it. The library answers (it knows which article it keeps under that id); the article layer only
 * asks. Called on the reading thread, at most once a book, before its beginning is handed over.
 */
@FunctionalInterface
public interface FormerIds {
    /** No former id is kept: every book takes the id this Margin gives it. */
    FormerIds NONE = (formerId, title) -> false;

    /** Whether the book titled {@code title}, once named {@code formerId}, keeps that id. */
    boolean keeps(String formerId, String title);
}
