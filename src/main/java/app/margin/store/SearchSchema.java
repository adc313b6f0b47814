package app.margin.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The library search index (schema step 4): one FTS5 table over the text of every article in the library (a row
 * per paragraph and heading), every note's text and tags, and every bookmark's name; and a table of which
 * articles are in it, at which text. Triggers on {@code notes} and {@code bookmarks} keep their rows in step in
 * the same transaction as the change itself, so a save, a delete, an import and a restored backup all carry
 * their index (they add about half a millisecond of CPU to a note save, which a synced commit outweighs: see
 * {@code SearchBenchmark}; explicit writes in the store's transaction would do the same work, and every writer
 * would have to remember them). Article rows are written by {@link SqliteLibrarySearch}.
 *
 * <p>{@code prefix='2 3'} keeps an index of every term's first two and three characters, so the short prefixes of
 * search-as-you-type are one index lookup instead of a merge of every term they begin; one-letter words are
 * searched as whole words ({@link SearchQuery}). {@code ref_key} is one term per note, bookmark or article
 * ({@code n}, {@code b} or {@code a} and the id in hex), so a row's index entries are found by a one-term query on
 * the index rather than a scan, and found at once: a phrase "note ID" cost 3 ms on a note save at 20,000 notes,
 * stepping through the doclist of "note". Searches are restricted to the {@code text} column. {@code start_offset} is where the note's or bookmark's words start in their paragraph.
 */
final class SearchSchema {

    static final String TABLE = "search_index";

    private static final String COLUMNS =
            "(text, ref_key, kind, article_id, section_id, paragraph_index, start_offset, ref_id)";

    private static final String TAGS = "CASE WHEN json_valid(%1$s.tags) THEN "
            + "(SELECT group_concat(value, ', ') FROM json_each(%1$s.tags)) ELSE %1$s.tags END";

    private static String place(String row) {
        return row + ".article_id, " + row + ".section_id, " + row + ".paragraph_index, " + row + ".start_offset, "
                + row + ".id";
    }

    private static String insertNote(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + row + ".text, 'n' || hex(" + row + ".id), 'note', "
                + place(row) + " WHERE " + row + ".text <> ''";
    }

    private static String insertTags(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + TAGS.formatted(row) + ", 'n' || hex(" + row
                + ".id), 'tag', " + place(row) + " WHERE " + row + ".tags NOT IN ('', '[]')";
    }

    private static String insertBookmark(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + row + ".name, 'b' || hex(" + row
                + ".id), 'bookmark', " + place(row) + " WHERE " + row + ".name <> ''";
    }

    /** Deletes the rows of {@code old.id}: its key is one term, found in the index; the id check is exact. */
    private static String deleteRows(String key, String kinds) {
        return "DELETE FROM search_index WHERE search_index MATCH 'ref_key : " + key + "' || hex(old.id)"
                + " AND ref_id = old.id AND kind IN (" + kinds + ")";
    }

    /** The three triggers that keep {@code table}'s rows in the index. */
    private static List<String> triggers(String table, String kind, String kinds, List<String> inserts) {
        String insertNew = String.join(";\n", inserts.stream().map(i -> i.replace("%ROW", "new")).toList());
        String delete = deleteRows(kind, kinds);
        return List.of(
                "CREATE TRIGGER " + table + "_search_insert AFTER INSERT ON " + table + " BEGIN\n" + insertNew
                        + ";\nEND",
                "CREATE TRIGGER " + table + "_search_delete AFTER DELETE ON " + table + " BEGIN\n" + delete
                        + ";\nEND",
                "CREATE TRIGGER " + table + "_search_update AFTER UPDATE ON " + table + " BEGIN\n" + delete + ";\n"
                        + insertNew + ";\nEND");
    }

    static final List<String> STEP = step();

    private static List<String> step() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE VIRTUAL TABLE search_index USING fts5(text, ref_key, kind UNINDEXED, article_id UNINDEXED,"
                + " section_id UNINDEXED, paragraph_index UNINDEXED, start_offset UNINDEXED, ref_id UNINDEXED,"
                + " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
        sql.add("""
                CREATE TABLE search_articles (
                    article_id   TEXT PRIMARY KEY NOT NULL,
                    title        TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    indexed      TEXT NOT NULL
                )""");
        sql.addAll(triggers("notes", "n", "'note', 'tag'", List.of(insertNote("%ROW"), insertTags("%ROW"))));
        sql.addAll(triggers("bookmarks", "b", "'bookmark'", List.of(insertBookmark("%ROW"))));
        // What was saved before this step goes in now; the articles' text follows (SearchCatchUp).
        sql.add(insertNote("notes").replace(" WHERE notes.text", " FROM notes WHERE notes.text"));
        sql.add(insertTags("notes").replace(" WHERE notes.tags", " FROM notes WHERE notes.tags"));
        sql.add(insertBookmark("bookmarks").replace(" WHERE bookmarks.name", " FROM bookmarks WHERE bookmarks.name"));
        return List.copyOf(sql);
    }

    private SearchSchema() {}
}
