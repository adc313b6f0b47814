package app.margin.ui.reader;

import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * A plain text change whose text is spelled out from its rich change only when asked for. Its text fields stay
 * empty, so {@code isIdentity()}, {@code equals}, {@code mergeWith} and {@code toString} (final in RichTextFX,
 * reading the fields) are not for it: nothing subscribed here calls them.
 */
final class LazyPlainTextChange extends PlainTextChange {
    private final StyledDocument<?, ?, ?> removedDocument;
    private final StyledDocument<?, ?, ?> insertedDocument;

    LazyPlainTextChange(RichTextChange<?, ?, ?> change) {
        super(change.getPosition(), null, null);
        this.removedDocument = change.getRemoved();
        this.insertedDocument = change.getInserted();
    }

    @Override
    protected int removedLength() {
        return removedDocument.length();
    }

    @Override
    protected int insertedLength() {
        return insertedDocument.length();
    }

    @Override
    public String getRemoved() {
        return removedDocument.getText();
    }

    @Override
    public String getInserted() {
        return insertedDocument.getText();
    }
}
