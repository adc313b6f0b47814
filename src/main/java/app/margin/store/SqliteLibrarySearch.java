package app.margin.store;

import app.margin.article.ContentHash;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Picture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link LibrarySearch} on the connection of a {@link SqliteAnnotationStore}; see {@link SearchSchema}. */
final class SqliteLibrarySearch implements LibrarySearch {

    private static final char OPEN = '\u0002';
    private static final char CLOSE = '\u0003';
    private static final String ELLIPSIS = "…";
    /**
     * {@code ORDER BY rank} lets FTS5 sort by bm25 itself, so with the LIMIT snippet() runs only for the rows
     * returned; {@code text} comes back only for those rows too, to place the first match in its paragraph. The
     * rowid bound keeps a word found nearly everywhere ("the") from being ranked at every row (see {@link #RANKED}).
     */
    private static final String SELECT = "SELECT kind, article_id, section_id, paragraph_index, start_offset, ref_id,"
            + " snippet(search_index, 0, char(2), char(3), '" + ELLIPSIS + "', 14), rank,"
            + " CASE kind WHEN 'text' THEN text END"
            + " FROM search_index WHERE search_index MATCH ? AND rowid >= ? ORDER BY rank LIMIT " + LIMIT;
    /**
     * At most this many matches are ranked. Ranking costs a look-up of each matching row's length, about a
     * microsecond and a half, so a word in 60,000 rows took 80 ms of CPU to rank and 4 ms to count. A query
     * matching more rows than this ranks its most recent {@value} (the highest rowids: the latest notes and
     * articles), found by one step through the index in rowid order, and the results say so.
     */
    static final int RANKED = 5_000;
    private static final String CUTOFF = "SELECT rowid FROM search_index WHERE search_index MATCH ?"
            + " ORDER BY rowid DESC LIMIT 1 OFFSET " + (RANKED - 1);

    private final SqliteAnnotationStore store;

    SqliteLibrarySearch(SqliteAnnotationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void indexArticle(Article article) throws StoreException {
        indexPart(article, 0, Integer.MAX_VALUE);
    }

    @Override
    public int indexPart(Article article, int from, int maxBlocks) throws StoreException {
        Objects.requireNonNull(article, "article");
        List<Block> blocks = ArticleLayout.of(article).blocks();
        int to = (int) Math.min(blocks.size(), (long) from + Math.max(1, maxBlocks));
        int[] next = {-1};
        store.sharedChange("Margin could not add “" + article.title() + "” to the library search.", connection -> {
            if (from > 0 && isIndexed(connection, article.id())) {
                // Indexed whole since part 0 (opened again meanwhile): the rest is there already.
                return null;
            }
            if (from == 0) {
                deleteArticleRows(connection, article.id());
                deleteArticleRow(connection, article.id());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_index (text, ref_key,"
                    + " kind, article_id, section_id, paragraph_index, start_offset, ref_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, NULL)")) {
                for (Block block : blocks.subList(Math.min(from, to), to)) {
                    if (block.kind() == Block.Kind.SOURCE_ENDS || block.text().isBlank()) {
                        continue;
                    }
                    add(insert, article.id(), block, "text", block.text());
                    Picture picture = block.form().picture();
                    if (picture != null && picture.hasText()) {
                        // The words inside its picture (a PDF table's cells): a row of their own, so a hit says it
                        // is in the picture, and the paragraph's text row stays what anchors and find see.
                        add(insert, article.id(), block, "picture", picture.text());
                    }
                }
                insert.executeBatch();
            }
            if (to < blocks.size()) {
                next[0] = to;
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO search_articles (article_id, title, content_hash, indexed) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, article.id());
                insert.setString(2, article.title());
                insert.setString(3, ContentHash.of(article));
                insert.setString(4, Sqlite.timestamp(store.clock().instant()));
                insert.executeUpdate();
            }
            return null;
        });
        return next[0];
    }

    private static void add(PreparedStatement insert, String articleId, Block block, String kind, String text)
            throws SQLException {
        insert.setString(1, text);
        insert.setString(2, articleKey(articleId));
        insert.setString(3, kind);
        insert.setString(4, articleId);
        insert.setString(5, block.sectionId());
        insert.setInt(6, block.paragraphIndex());
        insert.addBatch();
    }

    @Override
    public void dropArticle(String articleId) throws StoreException {
        store.sharedChange("Margin could not take the article out of the library search.", connection -> {
            deleteArticleRows(connection, articleId);
            deleteArticleRow(connection, articleId);
            return null;
        });
    }

    /** The one term that names an article's text rows: {@code a} and the id in hex, as SQLite's hex() writes it. */
    static String articleKey(String articleId) {
        return "a" + java.util.HexFormat.of().withUpperCase().formatHex(articleId.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isIndexed(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM search_articles WHERE article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void deleteArticleRow(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM search_articles WHERE article_id = ?")) {
            delete.setString(1, articleId);
            delete.executeUpdate();
        }
    }

    private static void deleteArticleRows(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM search_index WHERE search_index"
                + " MATCH ? AND kind IN ('text', 'picture') AND article_id = ?")) {
            delete.setString(1, "ref_key : " + articleKey(articleId));
            delete.setString(2, articleId);
            delete.executeUpdate();
        }
    }

    @Override
    public Map<String, Indexed> indexedArticles() throws StoreException {
        return store.shared("Margin could not read the library search.", connection -> {
            Map<String, Indexed> out = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, content_hash, indexed FROM search_articles");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getString(1), new Indexed(rows.getString(2), Sqlite.instant(rows.getString(3))));
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
            Map<String, List<Hit>> byArticle = new LinkedHashMap<>();
            long cutoff = Long.MIN_VALUE;
            try (PreparedStatement select = connection.prepareStatement(CUTOFF)) {
                select.setString(1, query.get());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        cutoff = rows.getLong(1);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, query.get());
                select.setLong(2, cutoff);
                Map<String, List<Hit>> entries = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Hit hit = hit(rows);
                        List<Hit> own = byArticle.computeIfAbsent(hit.articleId(), id -> new ArrayList<>());
                        // Within an article, contents and index entries follow the text they point at, in rank order.
                        (hit.kind() == HitKind.TEXT && EntryLines.entry(rows.getString(9))
                                ? entries.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()) : own).add(hit);
                    }
                }
                entries.forEach((id, hits) -> byArticle.get(id).addAll(hits));
            }
            Map<String, String> titles = titles(connection, byArticle.keySet());
            List<ArticleHits> articles = new ArrayList<>();
            byArticle.forEach((id, hits) -> articles.add(new ArticleHits(id, titles.getOrDefault(id, id), hits)));
            String message = articles.isEmpty() ? "Nothing in your library matches “" + shorten(typed) + "”."
                    : cutoff != Long.MIN_VALUE ? "Found in more than " + String.format(Locale.ROOT, "%,d", RANKED)
                    + " places: these are the best of the latest. Add a word to narrow the search." : "";
            return new SearchResults(articles, message);
        });
    }

    private static Map<String, String> titles(Connection connection, java.util.Set<String> ids) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT title FROM search_articles WHERE article_id = ?")) {
            for (String id : ids) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        titles.put(id, rows.getString(1));
                    }
                }
            }
        }
        return titles;
    }

    private static Hit hit(ResultSet rows) throws SQLException {
        HitKind kind = HitKind.valueOf(rows.getString(1).toUpperCase(Locale.ROOT));
        String marked = rows.getString(7);
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
        String text = snippet.toString();
        int offset = kind == HitKind.TEXT ? offsetInParagraph(rows.getString(9), text, marks) : rows.getInt(5);
        return new Hit(kind, rows.getString(2), rows.getString(3), rows.getInt(4), offset, rows.getString(6), text,
                marks, rows.getDouble(8));
    }

    /**
     * Where the snippet's first mark is in the paragraph: the snippet is a run of the paragraph's own text, with an
     * ellipsis before it when it does not start the paragraph. 0 when it cannot be told.
     */
    static int offsetInParagraph(String paragraph, String snippet, List<Mark> marks) {
        if (paragraph == null || marks.isEmpty()) {
            return 0;
        }
        int lead = snippet.startsWith(ELLIPSIS) && !paragraph.startsWith(ELLIPSIS) ? ELLIPSIS.length() : 0;
        int end = snippet.endsWith(ELLIPSIS) && snippet.length() - ELLIPSIS.length() >= lead
                ? snippet.length() - ELLIPSIS.length() : snippet.length();
        int base = paragraph.indexOf(snippet.substring(lead, end));
        if (base < 0) {
            base = paragraph.indexOf(snippet.substring(lead, Math.max(lead, marks.get(0).end())));
            return base < 0 ? 0 : base + marks.get(0).start() - lead;
        }
        return Math.max(0, base + marks.get(0).start() - lead);
    }

    private static String shorten(String typed) {
        String t = typed.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
