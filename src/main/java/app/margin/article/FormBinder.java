package app.margin.article;

import app.margin.json.JsonPaths;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonNull;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Align;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the paragraph forms of schemaVersion 2 ({@code "forms"} in a section, {@code "leadForms"} at the top) and
 * maps them to {@link ParagraphForm}s. Every check that the model makes is made here first, so a bad value is
 * refused with its JSON path, line and column rather than as a bare exception; their spans are checked by
 * {@link SpanBinder}. The work is linear in the number of forms and spans, which the file-size limit bounds.
 */
final class FormBinder {
    private static final String ROLES = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.joining(", "));
    private static final String ALIGNS =
            Arrays.stream(Align.values()).map(FormBinder::alignKey).collect(Collectors.joining(", "));

    private final Members members;
    private final PictureBinder pictures;
    private final SpanBinder spans;

    FormBinder(Members members, SpanBinder spans) {
        this.members = members;
        this.pictures = new PictureBinder(members);
        this.spans = spans;
    }

    /** The key an alignment has in the file: "start", "center", "end". */
    static String alignKey(Align align) {
        return align.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The forms in {@code value}, an array of form objects, for the paragraphs named {@code list}.
     *
     * @param listPath   where the array is, for messages
     * @param list       the name of the paragraphs' array ("paragraphs", "lead"), for messages
     * @param paragraphs the paragraphs' texts, which the forms' indices and spans must fit
     */
    Map<Integer, ParagraphForm> forms(JsonValue value, String listPath, String list, List<String> paragraphs)
            throws ArticleException {
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(listPath, value, "an array of paragraph forms");
        }
        Map<Integer, ParagraphForm> forms = new HashMap<>();
        Map<Integer, String> firstAt = new HashMap<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String path = JsonPaths.index(listPath, i);
            if (!(item instanceof JsonObject object)) {
                throw members.wrongType(path, item, "a paragraph form object");
            }
            int index = paragraphIndex(object, path, list, paragraphs.size());
            String earlier = firstAt.putIfAbsent(index, JsonPaths.member(path, "paragraph"));
            if (earlier != null) {
                throw members.problem(JsonPaths.member(path, "paragraph"), object.members().get("paragraph"),
                        "paragraph " + index + " has a form already (at " + earlier + "); a paragraph has one form");
            }
            forms.put(index, form(object, path, index, paragraphs.get(index)));
        }
        return forms;
    }

    private int paragraphIndex(JsonObject object, String path, String list, int count) throws ArticleException {
        JsonValue value = object.members().get("paragraph");
        if (value == null || value instanceof JsonNull) {
            throw members.problem(path, object, "required property \"paragraph\" is missing from this paragraph form");
        }
        String indexPath = JsonPaths.member(path, "paragraph");
        BigInteger index = members.whole(value, () -> indexPath);
        members.checkIndex(index, count, list, indexPath, value);
        return index.intValueExact();
    }

    private ParagraphForm form(JsonObject object, String path, int index, String text) throws ArticleException {
        Role role = Role.BODY;
        String roleKey = members.optionalText(object, path, "role");
        if (roleKey != null) {
            role = Role.ofKey(roleKey);
            if (role == null) {
                throw members.problem(JsonPaths.member(path, "role"), object.members().get("role"),
                        "unknown role \"" + roleKey + "\"; the roles are " + ROLES);
            }
        }
        int depth = depth(object, path);
        Align align = align(object, path);
        List<Span> spans = this.spans.spans(Members.given(object, "spans"), JsonPaths.member(path, "spans"), index,
                text);
        Picture picture = pictures.picture(object, path, role);
        List<String> ids = ids(object, path);
        boolean rule = members.optionalBoolean(object, path, "rule");
        boolean loose = members.optionalBoolean(object, path, "loose");
        boolean tableStart = members.optionalBoolean(object, path, "tableStart");
        return new ParagraphForm(role, depth, members.optionalText(object, path, "marker"), align, spans, picture, ids,
                members.optionalText(object, path, "page"), rule, loose, cells(object, path, role, text), tableStart);
    }

    private int depth(JsonObject object, String path) throws ArticleException {
        JsonValue value = Members.given(object, "depth");
        if (value == null) {
            return 0;
        }
        String depthPath = JsonPaths.member(path, "depth");
        BigInteger depth = members.whole(value, () -> depthPath);
        if (depth.signum() < 0 || depth.bitLength() >= Integer.SIZE) {
            throw members.problem(depthPath, value,
                    "depth " + depth + " is not allowed; a depth is a whole number from 0 (not"
                    + " nested) to " + Integer.MAX_VALUE);
        }
        return depth.intValue();
    }

    /**
     * A table row's cells: an array of {@code {"align": …, "span": …}} objects, one a cell of its text in order, no
     * more than the text has; refused on a paragraph that is not a table row.
     */
    private List<ParagraphForm.Cell> cells(JsonObject object, String path, Role role, String text)
            throws ArticleException {
        JsonValue value = Members.given(object, "cells");
        if (value == null) {
            return List.of();
        }
        String cellsPath = JsonPaths.member(path, "cells");
        if (!role.tabular()) {
            throw members.problem(cellsPath, value, "only a table row has cells, but this form's role is \""
                    + role.key() + "\"");
        }
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(cellsPath, value, "an array of cell objects");
        }
        int count = ParagraphForm.cellCount(text);
        if (array.items().size() > count) {
            throw members.problem(cellsPath, value, "the row's text has " + count + (count == 1 ? " cell" : " cells")
                    + " (split by tabs), but " + array.items().size() + " are described");
        }
        List<ParagraphForm.Cell> cells = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            String cellPath = JsonPaths.index(cellsPath, i);
            if (!(array.items().get(i) instanceof JsonObject cell)) {
                throw members.wrongType(cellPath, array.items().get(i),
                        "a cell object ({\"align\": …, \"span\": …, \"rows\": …})");
            }
            int span = 1;
            JsonValue given = Members.given(cell, "span");
            if (given != null) {
                BigInteger n = members.whole(given, () -> JsonPaths.member(cellPath, "span"));
                if (n.signum() <= 0 || n.compareTo(BigInteger.valueOf(ParagraphForm.Cell.MAX_SPAN)) > 0) {
                    throw members.problem(JsonPaths.member(cellPath, "span"), given, "a cell spans 1 to "
                            + ParagraphForm.Cell.MAX_SPAN + " columns, not " + n);
                }
                span = n.intValue();
            }
            int rows = 1;
            JsonValue down = Members.given(cell, "rows");
            if (down != null) {
                BigInteger n = members.whole(down, () -> JsonPaths.member(cellPath, "rows"));
                if (n.signum() <= 0 || n.compareTo(BigInteger.valueOf(ParagraphForm.Cell.MAX_ROWS)) > 0) {
                    throw members.problem(JsonPaths.member(cellPath, "rows"), down, "a cell spans 1 to "
                            + ParagraphForm.Cell.MAX_ROWS + " rows, not " + n);
                }
                rows = n.intValue();
            }
            cells.add(new ParagraphForm.Cell(align(cell, cellPath), span, rows));
        }
        return cells;
    }

    private Align align(JsonObject object, String path) throws ArticleException {
        String key = members.optionalText(object, path, "align");
        if (key == null) {
            return Align.START;
        }
        for (Align align : Align.values()) {
            if (alignKey(align).equals(key)) {
                return align;
            }
        }
        throw members.problem(JsonPaths.member(path, "align"), object.members().get("align"),
                "unknown alignment \"" + key + "\"; the alignments are " + ALIGNS);
    }

    private List<String> ids(JsonObject object, String path) throws ArticleException {
        JsonValue value = Members.given(object, "ids");
        if (value == null) {
            return List.of();
        }
        String idsPath = JsonPaths.member(path, "ids");
        if (!(value instanceof JsonArray array)) {
            throw members.wrongType(idsPath, value, "an array of element ids");
        }
        List<String> ids = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            if (!(item instanceof JsonString id)) {
                throw members.wrongType(JsonPaths.index(idsPath, i), item, "a string");
            }
            if (id.value().isBlank()) {
                throw members.problem(JsonPaths.index(idsPath, i), item, "an element id must not be empty");
            }
            ids.add(id.value());
        }
        return ids;
    }
}
