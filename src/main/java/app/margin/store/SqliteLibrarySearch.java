package app.margin.store;

import app.margin.article.ContentHash;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link LibrarySearch} on the connection of a {@link SqliteAnnotationStore}; see {@link SearchSchema}. */
final class SqliteLibrarySearch implements LibrarySearch {

    private static final char OPEN = '\u0002';
    private static final char CLOSE = '\u0003';
    /** {@code ORDER BY rank} lets FTS5 sort by bm25 itself, and snippet() runs only for the rows returned. */
    private static final String SELECT = "SELECT kind, article_id, section_id, paragraph_index, ref_id,"
            + " snippet(search_index, 0, char(2), char(3), '…', 14), rank"
            + " FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT " + LIMIT;

    private final SqliteAnnotationStore store;

    SqliteLibrarySearch(SqliteAnnotationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void indexArticle(Article article) throws StoreException {
        Objects.requireNonNull(article, "article");
        String hash = ContentHash.of(article);
        store.sharedChange("Margin could not add “" + article.title() + "” to the library search.", connection -> {
            deleteArticleRows(connection, article.id());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_index (text, ref_key,"
                    + " kind, article_id, section_id, paragraph_index, ref_id) VALUES (?, ?, 'text', ?, ?, ?, NULL)")) {
                for (Block block : ArticleLayout.of(article).blocks()) {
                    if (block.kind() == Block.Kind.SOURCE_ENDS || block.text().isBlank()) {
                        continue;
                    }
                    insert.setString(1, block.text());
                    insert.setString(2, "article " + article.id());
                    insert.setString(3, article.id());
                    insert.setString(4, block.sectionId());
                    insert.setInt(5, block.paragraphIndex());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO search_articles (article_id, title, content_hash, indexed) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, article.id());
                insert.setString(2, article.title());
                insert.setString(3, hash);
                insert.setString(4, Sqlite.timestamp(store.clock().instant()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void dropArticle(String articleId) throws StoreException {
        store.sharedChange("Margin could not take the article out of the library search.", connection -> {
            deleteArticleRows(connection, articleId);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM search_articles WHERE article_id = ?")) {
                delete.setString(1, articleId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static void deleteArticleRows(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM search_index WHERE search_index"
                + " MATCH ? AND kind = 'text' AND article_id = ?")) {
            delete.setString(1, "ref_key : \"article " + articleId.replace("\"", "\"\"") + "\"");
            delete.setString(2, articleId);
            delete.executeUpdate();
        }
    }

    @Override
    public Map<String, String> indexedArticles() throws StoreException {
        return store.shared("Margin could not read the library search.", connection -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, content_hash FROM search_articles");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getString(1), rows.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public SearchResults search(String typed) throws StoreException {
        Optional<String> query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return SearchResults.nothing(typed == null || typed.isBlank() ? ""
                    : "Type a word to search for: punctuation alone matches nothing.");
        }
        return store.shared("Margin could not search the library.", connection -> {
            Map<String, String> titles = new HashMap<>();
            Map<String, List<Hit>> byArticle = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, query.get());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Hit hit = hit(rows);
                        byArticle.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()).add(hit);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, title FROM search_articles");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (byArticle.containsKey(rows.getString(1))) {
                        titles.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            List<ArticleHits> articles = new ArrayList<>();
            byArticle.forEach((id, hits) -> articles.add(new ArticleHits(id, titles.getOrDefault(id, id), hits)));
            return new SearchResults(articles, articles.isEmpty() ? "Nothing in your library matches “"
                    + shorten(typed) + "”." : "");
        });
    }

    private static Hit hit(ResultSet rows) throws SQLException {
        HitKind kind = HitKind.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
        String marked = rows.getString(6);
        StringBuilder snippet = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                start = snippet.length();
            } else if (c == CLOSE && start >= 0) {
                marks.add(new Mark(start, snippet.length()));
                start = -1;
            } else {
                snippet.append(c);
            }
        }
        return new Hit(kind, rows.getString(2), rows.getString(3), rows.getInt(4), rows.getString(5),
                snippet.toString(), marks, rows.getDouble(7));
    }

    private static String shorten(String typed) {
        String t = typed.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
