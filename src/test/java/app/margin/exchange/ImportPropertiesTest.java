package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Imports of generated files, hostile ones included (bad ids, years out of range, over-long text, repeated ids,
 * ids of other articles' notes), into one store whose state carries over from try to try.
 */
class ImportPropertiesTest {

    private static final String TARGET = "target-article";
    private static final List<String> OTHERS = List.of("other-a", "other-b");
    /** Ids the other articles hold, and the file may repeat. */
    private static final List<String> IDS = List.of("n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "b0", "b1");
    private static final List<String> BAD_IDS = List.of("../x", "a\u0000b", "x".repeat(65), "", "a b", "C:\\\\x");
    private static final List<String> BAD_TIMES = List.of("1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
            "+999999999-06-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "2025-13-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private AnnotationStore store;

    /** One annotation in a generated file, as JSON values. */
    record Entry(boolean bookmark, String id, String time, int textLength) {}

    @BeforeProperty
    void openStoreWithOtherArticlesNotes() throws Exception {
        dir = Files.createTempDirectory("margin-import-properties");
        store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        Instant t = Instant.parse("2025-01-01T00:00:02Z");
        for (int i = 0; i < IDS.size(); i++) {
            String article = OTHERS.get(i % OTHERS.size());
            store.saveNote(new Note(IDS.get(i), article, null, NoteKind.SECTION, Anchor.section("s"), null,
                    "Belongs to " + article, List.of(), t, t));
            store.saveBookmark(new Bookmark(IDS.get(i), article, null, Anchor.section("s"), "Place in " + article,
                    t, t));
        }
    }

    @AfterProperty
    void closeAndDelete() throws Exception {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Entry>> files() {
        Arbitrary<String> id = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of(IDS)),
                Tuple.of(10, Arbitraries.strings().withChars("abc-_").ofMinLength(1).ofMaxLength(3)),
                Tuple.of(1, Arbitraries.of(BAD_IDS)));
        Arbitrary<String> time = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.integers().between(0, 4).map(s -> "2025-01-01T00:00:0" + s + "Z")),
                Tuple.of(1, Arbitraries.of(BAD_TIMES)));
        Arbitrary<Integer> textLength = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.integers().between(0, 30)),
                Tuple.of(1, Arbitraries.just(Note.MAX_TEXT_LENGTH + 1)));
        Arbitrary<Entry> entry = Combinators.combine(Arbitraries.integers().between(0, 4).map(b -> b == 0), id, time,
                textLength).as(Entry::new);
        return Arbitraries.frequencyOf(Tuple.of(9, entry.list().ofMaxSize(12).uniqueElements(Entry::id)),
                Tuple.of(1, entry.list().ofMaxSize(12)));
    }

    @Property(tries = 150)
    void anyFileEitherImportsFullyOrChangesNothing(@ForAll("files") List<Entry> entries) throws Exception {
        Map<String, List<?>> before = snapshot();
        Path file = write(entries);

        ExportData data;
        try {
            data = AnnotationExport.read(file);
            AnnotationMerge.merge(store, data, TARGET);
        } catch (ExchangeException refused) {
            assertThat(snapshot()).isEqualTo(before);
            return;
        }
        assertThat(Set.copyOf(store.notes(TARGET))).isEqualTo(expected(before, TARGET, data.notes(), Note::id,
                Note::updated));
        assertThat(Set.copyOf(store.bookmarks(TARGET))).isEqualTo(expected(before, TARGET + "#b", data.bookmarks(),
                Bookmark::id, Bookmark::updated));
    }

    @Property(tries = 150)
    void notesOfOtherArticlesAreNeverTouched(@ForAll("files") List<Entry> entries) throws Exception {
        Map<String, List<?>> before = snapshot();
        try {
            AnnotationMerge.merge(store, AnnotationExport.read(write(entries)), TARGET);
        } catch (ExchangeException refused) {
            // Refused or not, the other articles' annotations are the same.
        }
        Map<String, List<?>> after = snapshot();
        for (String article : OTHERS) {
            assertThat(after.get(article)).isEqualTo(before.get(article)).isNotEmpty();
            assertThat(after.get(article + "#b")).isEqualTo(before.get(article + "#b")).isNotEmpty();
        }
    }

    /** What the target must hold after a full import: by id, the newer of stored and imported; others' ids kept. */
    private static <T> Set<T> expected(Map<String, List<?>> before, String key, List<T> incoming,
            java.util.function.Function<T, String> id, java.util.function.Function<T, Instant> updated) {
        Set<String> othersIds = new HashSet<>();
        for (String article : OTHERS) {
            for (Object o : before.get(article + (key.endsWith("#b") ? "#b" : ""))) {
                @SuppressWarnings("unchecked") T t = (T) o;
                othersIds.add(id.apply(t));
            }
        }
        Map<String, T> byId = new HashMap<>();
        for (Object o : before.get(key)) {
            @SuppressWarnings("unchecked") T t = (T) o;
            byId.put(id.apply(t), t);
        }
        for (T candidate : incoming) {
            T existing = byId.get(id.apply(candidate));
            if (othersIds.contains(id.apply(candidate))) {
                continue;
            }
            if (existing == null || updated.apply(candidate).isAfter(updated.apply(existing))) {
                byId.put(id.apply(candidate), candidate);
            }
        }
        return Set.copyOf(byId.values());
    }

    private Map<String, List<?>> snapshot() throws Exception {
        Map<String, List<?>> all = new HashMap<>();
        for (String article : Stream.concat(Stream.of(TARGET), OTHERS.stream()).toList()) {
            all.put(article, store.notes(article));
            all.put(article + "#b", store.bookmarks(article));
        }
        return all;
    }

    private Path write(List<Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", AnnotationExport.FORMAT);
        root.put("schemaVersion", AnnotationExport.SCHEMA_VERSION);
        root.put("exportedAt", "2025-01-02T00:00:00Z");
        root.putObject("article").put("id", TARGET).put("title", "Target").putNull("contentHash");
        ArrayNode notes = root.putArray("notes");
        ArrayNode bookmarks = root.putArray("bookmarks");
        for (Entry e : entries) {
            ObjectNode node = (e.bookmark() ? bookmarks : notes).addObject();
            node.put("id", e.id());
            if (!e.bookmark()) {
                node.put("kind", "section");
            }
            node.put("sectionId", "s").putNull("quote");
            node.put("paragraphIndex", -1).put("start", -1).put("end", -1);
            String text = "t".repeat(e.textLength());
            if (e.bookmark()) {
                node.put("name", text);
            } else {
                node.putNull("color").put("text", text).putArray("tags");
            }
            node.put("created", e.time()).put("updated", e.time()).putNull("contentHash");
        }
        Path file = dir.resolve("import.json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
