package app.margin.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Turns a current notes file back into one an older Margin wrote, for the migration tests. */
final class OldSchemas {

    private OldSchemas() {}

    /** Undoes step 5 (study phases and steps, kept tags): the three columns of {@code cards} go. */
    static void withoutStudySteps(Statement statement) throws SQLException {
        for (String column : List.of("phase", "step", "note_tags")) {
            statement.execute("ALTER TABLE cards DROP COLUMN " + column);
        }
    }

    /** Undoes step 4 (library search): its triggers and tables go, nothing else changes. */
    static void withoutSearch(Statement statement) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT type, name FROM sqlite_master WHERE"
                + " (type = 'trigger' AND name LIKE '%\\_search\\_%' ESCAPE '\\')"
                + " OR (type = 'table' AND name IN ('search_index', 'search_articles'))"
                + " ORDER BY type = 'table'")) {
            while (rows.next()) {
                drops.add("DROP " + rows.getString(1).toUpperCase(java.util.Locale.ROOT) + " IF EXISTS "
                        + rows.getString(2));
            }
        }
        for (String drop : drops) {
            statement.execute(drop);
        }
    }
}
