package app.margin.article;

import app.margin.json.JsonPaths;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonNull;
import app.margin.json.JsonValue.JsonNumber;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a parsed tree against the article format (schemaVersion 1, or 2 with paragraph forms, which
 * {@link FormBinder} reads) and maps it to the model. Unknown properties are ignored so that newer files still
 * open; a newer schemaVersion is refused.
 */
final class ArticleBinder {
    /** The first version: text, sections and preformatted paragraphs. */
    static final int PLAIN_SCHEMA_VERSION = 1;
    /** The newest version this Margin reads: version 1 and paragraph forms. */
    static final int SUPPORTED_SCHEMA_VERSION = 2;
    static final int MAX_ID_LENGTH = 200;
    /** The most pages an article may say its source has: more than any PDF reader opens. */
    static final int MAX_PAGES = 10_000_000;

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Members members;
    private final SpanBinder spans;
    private final FormBinder forms;
    private int version;
    /** Section id to the path where it was first used: ids are unique across the whole tree. */
    private final Map<String, String> sectionIds = new HashMap<>();

    private ArticleBinder(String source) {
        this.members = new Members(source);
        this.spans = new SpanBinder(members);
        this.forms = new FormBinder(members, spans);
    }

    static Article bind(JsonValue root, String source) throws ArticleException {
        return new ArticleBinder(source).article(root);
    }

    private Article article(JsonValue root) throws ArticleException {
        String path = JsonPaths.ROOT;
        if (!(root instanceof JsonObject object)) {
            throw members.wrongType(path, root, "an object");
        }
        version = checkSchemaVersion(object);
        String id = id(object, path, "article id");
        String title = requiredText(object, path, "title");
        String byline = members.optionalText(object, path, "byline");
        String articleSource = members.optionalText(object, path, "source");
        String date = members.optionalText(object, path, "date");
        String language = members.optionalText(object, path, "language");
        String pictureBase = members.optionalText(object, path, "pictureBase");
        int pages = members.optionalCount(object, path, "pages", MAX_PAGES);
        List<String> lead = paragraphs(object, path, "lead");
        JsonValue sectionsValue = object.members().get("sections");
        if (sectionsValue == null) {
            throw missing(path, object, "sections");
        }
        List<Section> sections = sections(sectionsValue, JsonPaths.member(path, "sections"));
        if (sections.isEmpty() && lead.isEmpty()) {
            throw members.problem(JsonPaths.member(path, "sections"), sectionsValue,
                    "an article needs at least one section or a lead paragraph, but both are empty");
        }
        boolean truncated = members.optionalBoolean(object, path, "truncated");
        Set<Integer> leadPreformatted = preformatted(object, path, "leadPreformatted", "lead", lead.size());
        Map<Integer, ParagraphForm> leadForms = forms(object, path, "leadForms", "lead", lead);
        return new Article(id, title, byline, articleSource, date, lead, sections, truncated, language,
                leadPreformatted, leadForms, leadForms.isEmpty() && !anyForms(sections) ? null : pictureBase, pages);
    }

    private static boolean anyForms(List<Section> sections) {
        for (Section s : sections) {
            if (!s.forms().isEmpty() || !s.titleSpans().isEmpty() || anyForms(s.children())) {
                return true;
            }
        }
        return false;
    }

    /** The file's schemaVersion, one this Margin reads. */
    private int checkSchemaVersion(JsonObject object) throws ArticleException {
        String path = JsonPaths.member(JsonPaths.ROOT, "schemaVersion");
        JsonValue value = object.members().get("schemaVersion");
        if (value == null) {
            throw missing(JsonPaths.ROOT, object, "schemaVersion");
        }
        if (!(value instanceof JsonNumber number) || !number.integral()) {
            throw members.wrongType(path, value, "a whole number");
        }
        BigInteger version = new BigInteger(number.text());
        if (version.compareTo(BigInteger.valueOf(SUPPORTED_SCHEMA_VERSION)) > 0) {
            throw members.problem(path, value,
                    "schemaVersion " + version + " is newer than this version of Margin supports ("
                    + SUPPORTED_SCHEMA_VERSION + "); a newer Margin is needed to open this article");
        }
        if (version.compareTo(BigInteger.valueOf(PLAIN_SCHEMA_VERSION)) < 0) {
            throw members.problem(path, value,
                    "schemaVersion " + version + " does not exist; the supported versions are "
                    + PLAIN_SCHEMA_VERSION + " and " + SUPPORTED_SCHEMA_VERSION);
        }
        return version.intValueExact();
    }

    private List<Section> sections(JsonValue value, String path) throws ArticleException {
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(path, value, "an array of sections");
        }
        List<Section> sections = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            sections.add(section(array.items().get(i), JsonPaths.index(path, i)));
        }
        return sections;
    }

    private Section section(JsonValue value, String path) throws ArticleException {
        if (!(value instanceof JsonObject object)) {
            throw members.wrongType(path, value, "a section object");
        }
        String id = id(object, path, "section id");
        String idPath = JsonPaths.member(path, "id");
        String firstUse = sectionIds.putIfAbsent(id, idPath);
        if (firstUse != null) {
            throw members.problem(idPath, object.members().get("id"),
                    "duplicate section id \"" + id + "\" (first used at " + firstUse + ")");
        }
        String title = requiredText(object, path, "title");
        List<Span> titleSpans = spans.titleSpans(sinceVersion2(object, path, "titleSpans"),
                JsonPaths.member(path, "titleSpans"), title);
        List<String> paragraphs = paragraphs(object, path, "paragraphs");
        Set<Integer> preformatted = preformatted(object, path, "preformatted", "paragraphs", paragraphs.size());
        Map<Integer, ParagraphForm> paragraphForms = forms(object, path, "forms", "paragraphs", paragraphs);
        JsonValue children = object.members().get("sections");
        List<Section> nested = children == null || children instanceof JsonNull
                ? List.of()
                : sections(children, JsonPaths.member(path, "sections"));
        return new Section(id, title, paragraphs, nested, preformatted, paragraphForms, titleSpans);
    }

    /**
     * The optional forms of the {@code list} of paragraphs, in member {@code name}; absent and null mean none.
     * Forms came with schemaVersion 2: a version 1 file that has them says so rather than losing them.
     */
    private Map<Integer, ParagraphForm> forms(JsonObject object, String path, String name, String list,
                                              List<String> paragraphs) throws ArticleException {
        JsonValue value = sinceVersion2(object, path, name);
        return value == null ? Map.of() : forms.forms(value, JsonPaths.member(path, name), list, paragraphs);
    }

    /**
     * The value of optional member {@code name}, one that came with schemaVersion 2 ({@code null} when absent or
     * null): a version 1 file that has it says so rather than losing it.
     */
    private JsonValue sinceVersion2(JsonObject object, String path, String name) throws ArticleException {
        JsonValue value = Members.given(object, name);
        if (value != null && version < SUPPORTED_SCHEMA_VERSION) {
            throw members.problem(JsonPaths.member(path, name), value,
                    "\"" + name + "\" came with schemaVersion " + SUPPORTED_SCHEMA_VERSION
                    + ", but this file has schemaVersion " + version + "; write \"schemaVersion\": "
                    + SUPPORTED_SCHEMA_VERSION + " to keep them");
        }
        return value;
    }

    /**
     * An optional array of indices into the {@code list} of {@code count} paragraphs, naming its preformatted ones;
     * absent and null mean none. Each index must be a whole number naming one of the paragraphs, listed once.
     */
    private Set<Integer> preformatted(JsonObject object, String path, String name, String list, int count)
            throws ArticleException {
        String listPath = JsonPaths.member(path, name);
        JsonArray array = members.optionalArray(object, listPath, name, "an array of paragraph indices");
        if (array == null) {
            return Set.of();
        }
        Set<Integer> indices = new TreeSet<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String itemPath = JsonPaths.index(listPath, i);
            BigInteger index = members.whole(item, () -> itemPath);
            members.checkIndex(index, count, list, itemPath, item);
            if (!indices.add(index.intValueExact())) {
                throw members.problem(itemPath, item, "paragraph index " + index + " is listed more than once");
            }
        }
        return indices;
    }

    private String id(JsonObject object, String path, String what) throws ArticleException {
        String idPath = JsonPaths.member(path, "id");
        JsonValue value = object.members().get("id");
        if (value instanceof JsonString text && text.value().isBlank()) {
            throw members.problem(idPath, value, what + " must not be empty");
        }
        String id = requiredText(object, path, "id");
        if (id.length() > MAX_ID_LENGTH) {
            throw members.problem(idPath, value,
                    what + " is " + id.length() + " characters long; the limit is " + MAX_ID_LENGTH);
        }
        if (!ID.matcher(id).matches()) {
            throw members.problem(idPath, value, what + " \"" + id + "\" is not allowed: " + badIdReason(id));
        }
        return id;
    }

    private static String badIdReason(String id) {
        char first = id.charAt(0);
        String rule = "ids use only letters A-Z, digits, '.', '_' and '-', and start with a letter or digit";
        if (!isIdStart(first)) {
            return "it starts with " + describeChar(first) + "; " + rule;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isIdStart(c) && c != '.' && c != '_' && c != '-') {
                return "it contains " + describeChar(c) + "; " + rule;
            }
        }
        return rule;
    }

    private static boolean isIdStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String describeChar(char c) {
        return Character.isWhitespace(c) ? "a space" : "'" + c + "'";
    }

    private List<String> paragraphs(JsonObject object, String path, String name) throws ArticleException {
        String listPath = JsonPaths.member(path, name);
        JsonArray array = members.optionalArray(object, listPath, name, "an array of strings");
        if (array == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String itemPath = JsonPaths.index(listPath, i);
            if (!(item instanceof JsonString text)) {
                throw members.wrongType(itemPath, item, "a string");
            }
            if (text.value().isBlank()) {
                throw members.problem(itemPath, item, "a paragraph must not be empty");
            }
            paragraphs.add(text.value());
        }
        return paragraphs;
    }

    private String requiredText(JsonObject object, String path, String name) throws ArticleException {
        JsonValue value = object.members().get(name);
        if (value == null) {
            throw missing(path, object, name);
        }
        String memberPath = JsonPaths.member(path, name);
        if (!(value instanceof JsonString text)) {
            throw members.wrongType(memberPath, value, "a string");
        }
        if (text.value().isBlank()) {
            throw members.problem(memberPath, value, name + " must not be empty");
        }
        return text.value();
    }

    private ArticleException missing(String path, JsonObject object, String name) {
        String where = path.equals(JsonPaths.ROOT) ? "the article" : "this section";
        return members.problem(path, object, "required property \"" + name + "\" is missing from " + where);
    }
}
