package app.margin.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The library search index (schema step 4): one FTS5 table over the text of every article in the library (a row
 * per paragraph and heading), every note's text and tags, and every bookmark's name; and a table of which
 * articles are in it, at which text. Triggers on {@code notes} and {@code bookmarks} keep their rows in step in
 * the same transaction as the change itself, so a save, a delete, an import and a restored backup all carry
 * their index. Article rows are written by {@link SqliteLibrarySearch} when an article joins the library.
 *
 * <p>{@code ref_key} ("note ID", "bookmark ID", "article ID") is tokenised so that a row can be found by an
 * indexed phrase query rather than a scan; searches are restricted to the {@code text} column.
 */
final class SearchSchema {

    static final String TABLE = "search_index";

    private static final String COLUMNS = "(text, ref_key, kind, article_id, section_id, paragraph_index, ref_id)";

    private static final String TAGS = "CASE WHEN json_valid(%1$s.tags) THEN "
            + "(SELECT group_concat(value, ', ') FROM json_each(%1$s.tags)) ELSE %1$s.tags END";

    private static String insertNote(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + row + ".text, 'note ' || " + row + ".id, 'note', "
                + row + ".article_id, " + row + ".section_id, " + row + ".paragraph_index, " + row + ".id WHERE "
                + row + ".text <> ''";
    }

    private static String insertTags(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + TAGS.formatted(row) + ", 'note ' || " + row
                + ".id, 'tag', " + row + ".article_id, " + row + ".section_id, " + row + ".paragraph_index, " + row
                + ".id WHERE " + row + ".tags NOT IN ('', '[]')";
    }

    private static String insertBookmark(String row) {
        return "INSERT INTO search_index " + COLUMNS + " SELECT " + row + ".name, 'bookmark ' || " + row
                + ".id, 'bookmark', " + row + ".article_id, " + row + ".section_id, " + row + ".paragraph_index, "
                + row + ".id WHERE " + row + ".name <> ''";
    }

    /** Deletes the rows of {@code old.id}; the phrase query finds them through the index, the id check is exact. */
    private static String deleteRows(String kind, String kinds) {
        return "DELETE FROM search_index WHERE search_index MATCH 'ref_key : \"" + kind + " ' || "
                + "replace(old.id, '\"', '\"\"') || '\"' AND ref_id = old.id AND kind IN (" + kinds + ")";
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
                + " section_id UNINDEXED, paragraph_index UNINDEXED, ref_id UNINDEXED,"
                + " tokenize = 'unicode61 remove_diacritics 2')");
        sql.add("""
                CREATE TABLE search_articles (
                    article_id   TEXT PRIMARY KEY NOT NULL,
                    title        TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    indexed      TEXT NOT NULL
                )""");
        sql.addAll(triggers("notes", "note", "'note', 'tag'", List.of(insertNote("%ROW"), insertTags("%ROW"))));
        sql.addAll(triggers("bookmarks", "bookmark", "'bookmark'", List.of(insertBookmark("%ROW"))));
        // What was saved before this step goes in now.
        sql.add(insertNote("notes").replace(" WHERE notes.text", " FROM notes WHERE notes.text"));
        sql.add(insertTags("notes").replace(" WHERE notes.tags", " FROM notes WHERE notes.tags"));
        sql.add(insertBookmark("bookmarks").replace(" WHERE bookmarks.name", " FROM bookmarks WHERE bookmarks.name"));
        return List.copyOf(sql);
    }

    private SearchSchema() {}
}
