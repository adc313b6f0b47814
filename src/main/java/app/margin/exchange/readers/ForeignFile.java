package app.margin.exchange.readers;

import java.util.List;

/**
 * What a reader's file held: the marks Margin could read, and each part it could not, named.
 *
 * @param format     the reader that wrote it
 * @param name       the file's name, for messages
 * @param highlights the marks, in the file's order
 * @param skipped    one sentence for each part left out ("My Clippings.txt, line 88: no '- Your Highlight' line")
 */
public record ForeignFile(ReaderFormat format, String name, List<ForeignHighlight> highlights, List<String> skipped) {
    public ForeignFile {
        highlights = List.copyOf(highlights);
        skipped = List.copyOf(skipped);
    }
}
