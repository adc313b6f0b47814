package app.margin.exchange.readers;

import app.margin.model.Article;
import app.margin.model.Section;
import java.util.List;

/** Two small books for the placing tests, with passages that recur and typographic quotes. */
final class ReaderLibrary {

    static final String BOOK = "The Quiet Harbour";
    static final String AUTHOR = "Ann Author";

    /** Highlights every format's fixture makes, in the words another reader keeps. */
    static final String EXACT = "The harbour master kept a ledger of every ship that came in after dark.";
    /** Straight quotes and a plain hyphen where the book has typographic ones. */
    static final String QUOTES = "\"I never lie,\" she said - and then she lied.";
    /** In both chapters: the chapter decides. */
    static final String REPEATED = "It was raining again.";
    /** An edition changed two words in the middle. */
    static final String EDITED = "Lanterns swung along the quay while the fishermen counted the silver catch of the"
            + " night and argued about the weather to come.";
    /** Ends chapter one, after the first of the repeated passages. */
    static final String CHAPTER_END = "The end of the chapter came.";
    /** Not in the book. */
    static final String MISSING = "These words are in no chapter of this book at all.";

    private ReaderLibrary() {}

    static Article harbour() {
        return new Article("quiet-harbour", BOOK, AUTHOR, null, null,
                List.of("A short novel used by the tests."),
                List.of(new Section("ch1", "Chapter One", List.of(
                                "Morning came slowly. " + EXACT + " Nobody asked him why.",
                                "\u201CI never lie,\u201D she said \u2014 and then she lied. " + REPEATED + " " + CHAPTER_END),
                                List.of()),
                        new Section("ch2", "Chapter Two", List.of(
                                REPEATED + " The boats stayed in.",
                                "Lanterns swung along the quay while the fishermen weighed the silver catch of the"
                                        + " night and argued about the weather to come."), List.of())),
                false);
    }

    static Article other() {
        return new Article("other-book", "Another Book: A Subtitle", "Bo Writer", null, null,
                List.of("Only one paragraph here, with a sentence to find."), List.of(), false);
    }

    static List<LibraryArticle> library() {
        return List.of(LibraryArticle.of(harbour()), LibraryArticle.of(other()));
    }
}
