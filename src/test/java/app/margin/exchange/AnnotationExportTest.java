package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationExportTest {

    private static final Clock CLOCK = StudyNotes.EXPORT_CLOCK;

    @TempDir
    Path temp;

    private StudyNotes study;

    @BeforeEach
    void setUp() throws Exception {
        study = new StudyNotes();
    }

    /** The study notes plus one with unicode, a multi-line text and a whole-second time. */
    private List<Note> allNotes() {
        List<Note> notes = new ArrayList<>(study.notes());
        notes.add(study.highlight("hl-unicode", StudyNotes.UKRAINE, "Ukraine", HighlightColor.PINK,
                "Ünïcödé ✓ 日本語 𝄞\nsecond line\n\n> not a quote", List.of("日本", "ça-va"),
                Instant.parse("2025-03-05T00:00:00Z")));
        return notes;
    }

    private AnnotationStore open(String folder) throws Exception {
        return StoreOpener.open(temp.resolve(folder), CLOCK).store();
    }

    private Path exportFrom(AnnotationStore store, String fileName) throws Exception {
        Path file = temp.resolve(fileName);
        AnnotationExport.write(file, AnnotationExport.collect(store, study.article, CLOCK.instant()));
        return file;
    }

    @Test
    void exportThenImportIntoEmptyFolderGivesIdenticalAnnotations() throws Exception {
        List<Note> notes;
        List<Bookmark> bookmarks;
        Path file;
        try (AnnotationStore source = open("laptop")) {
            for (Note note : allNotes()) {
                source.saveNote(note);
            }
            for (Bookmark bookmark : study.bookmarks()) {
                source.saveBookmark(bookmark);
            }
            notes = source.notes(study.article.id());
            bookmarks = source.bookmarks(study.article.id());
            file = exportFrom(source, "notes.json");
        }
        try (AnnotationStore target = open("desktop")) {
            MergeResult result = AnnotationMerge.merge(target, AnnotationExport.read(file), study.article.id());

            assertThat(result).isEqualTo(new MergeResult(notes.size() + bookmarks.size(), 0, 0, 0, 0));
            assertThat(target.notes(study.article.id())).containsExactlyElementsOf(notes);
            assertThat(target.bookmarks(study.article.id())).containsExactlyElementsOf(bookmarks);
        }
        assertThat(notes).hasSize(6).anySatisfy(n -> assertThat(n.updated().getNano()).isEqualTo(123_456_789));
    }

    @Test
    void exportReadBackIsEqualRecordForRecord() throws Exception {
        ExportData data = new ExportData(ExportData.ArticleRef.of(study.article), CLOCK.instant(), allNotes(),
                study.bookmarks());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotationExport.write(out, data);

        assertThat(AnnotationExport.read(new ByteArrayInputStream(out.toByteArray()), "notes.json"))
                .isEqualTo(data);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"format\" : \"margin-annotations\"", "\"schemaVersion\" : 1",
                        "\"created\" : \"2025-03-05T00:00:00.000000000Z\"", "\"kind\" : \"highlight\"");
    }

    @Test
    void notJsonIsRefusedNamingTheFile() throws Exception {
        assertRefused(write("notes.json", "These are my notes, not JSON."),
                "notes.json is not a Margin notes file: it is not valid JSON at line 1, column");
    }

    @Test
    void wrongFormatMarkerIsRefused() throws Exception {
        assertRefused(edited(root -> root.put("format", "something-else")),
                "notes.json is not a Margin notes file (at $.format, expected \"margin-annotations\").");
    }

    @Test
    void newerSchemaVersionIsRefused() throws Exception {
        assertRefused(edited(root -> root.put("schemaVersion", 99)), "notes.json, at $.schemaVersion"
                + " (line 3, column 21): "
                + "this file uses format version 99, written by a newer Margin; this Margin reads version 1.");
    }

    @Test
    void missingNotesListIsRefusedWithItsPath() throws Exception {
        assertRefused(edited(root -> root.remove("notes")), "notes.json, at $.notes"
                + " (line 1, column 1): this member is missing.");
    }

    @Test
    void wrongTypedFieldIsRefusedWithItsPath() throws Exception {
        assertRefused(edited(root -> ((ObjectNode) root.withArray("notes").get(2)).put("start", "seven")),
                "notes.json, at $.notes[2].start"
                + " (line 48, column 15): expected a whole number of -1 or more, found text.");
    }

    @Test
    void overLongNoteTextIsRefusedWithItsPath() throws Exception {
        String tooLong = "x".repeat(Note.MAX_TEXT_LENGTH + 1);
        assertRefused(edited(root -> ((ObjectNode) root.withArray("notes").get(3)).put("text", tooLong)),
                "notes.json, at $.notes[3].text"
                + " (line 69, column 14): the text is 20001 characters long; Margin keeps at most 20000.");
    }

    @Test
    void truncatedFileIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(edited(root -> { }));
        Path cut = temp.resolve("cut.json");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertRefused(cut, "cut.json ends unexpectedly at line");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(write("empty.json", ""), "empty.json is empty; it holds no notes.");
    }

    @Test
    void duplicateIdInFileIsRefused() throws Exception {
        assertRefused(edited(root -> ((ObjectNode) root.withArray("notes").get(1)).put("id", "note-dialogue")),
                "notes.json, at $.notes[1].id"
                + " (line 25, column 12): the id \"note-dialogue\" is used twice in this file.");
    }

    private static Consumer<ObjectNode> note(int index, String member, String value) {
        return root -> ((ObjectNode) root.withArray("notes").get(index)).put(member, value);
    }

    @Test
    void idThatClimbsOutOfAFolderIsRefusedWithItsPath() throws Exception {
        assertRefused(edited(note(0, "id", "../x")), "notes.json, at $.notes[0].id"
                + " (line 11, column 12): the id \"../x\" is not one"
                + " Margin accepts; an id is 1 to 64 letters, digits, '-' or '_'.");
    }

    @Test
    void idWithANulOrSlashOrOfAThousandCharactersIsRefused() throws Exception {
        assertRefused(edited(note(2, "id", "a\u0000b")), "at $.notes[2].id"
                + " (line 39, column 12): the id \"a\\u0000b\" is not one");
        assertRefused(edited(root -> ((ObjectNode) root.withArray("bookmarks").get(0)).put("id", "a/b")),
                "at $.bookmarks[0].id (line 112, column 12): the id \"a/b\" is not one");
        assertRefused(edited(note(1, "id", "n".repeat(1_000))), "at $.notes[1].id"
                + " (line 25, column 12): the id \"" + "n".repeat(40)
                + "…\" (1000 characters) is not one");
    }

    @Test
    void theIdsMarginMakesAreAccepted() throws Exception {
        String uuid = java.util.UUID.randomUUID().toString();
        Path file = edited(note(0, "id", uuid));

        assertThat(AnnotationExport.read(file).notes().get(0).id()).isEqualTo(uuid);
    }

    @Test
    void yearOneBillionIsRefusedWithItsPathBeforeAnythingChanges() throws Exception {
        assertRefused(edited(note(3, "updated", "+1000000000-01-01T00:00:00Z")), "notes.json, at $.notes[3].updated"
                + " (line 72, column 17):"
                + " the time \"+1000000000-01-01T00:00:00Z\" is outside the years 1970 to 9999 that Margin accepts.");
    }

    @Test
    void yearsBeyond9999OrBefore1970AreRefused() throws Exception {
        assertRefused(edited(note(0, "created", "+999999999-06-01T00:00:00Z")),
                "at $.notes[0].created"
                + " (line 21, column 17): the time \"+999999999-06-01T00:00:00Z\" is outside the years 1970 to 9999");
        assertRefused(edited(note(1, "created", "+10000-01-01T00:00:00Z")), "at $.notes[1].created");
        assertRefused(edited(note(1, "updated", "1969-12-31T23:59:59Z")), "at $.notes[1].updated");
        assertRefused(edited(root -> root.put("exportedAt", "-0001-01-01T00:00:00Z")), "at $.exportedAt");
    }

    @Test
    void theFirstAndLastAcceptedTimesImport() throws Exception {
        Path file = edited(root -> {
            note(0, "created", "1970-01-01T00:00:00Z").accept(root);
            note(0, "updated", "9999-12-31T23:59:59.999999999Z").accept(root);
        });

        assertThat(AnnotationExport.read(file).notes().get(0).updated())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @Test
    void overLongTitleContextAndTagsAreRefusedWithTheirPaths() throws Exception {
        assertRefused(edited(root -> ((ObjectNode) root.get("article")).put("title", "t".repeat(1_001))),
                "at $.article.title (line 7, column 15): the text is 1001 characters long");
        assertRefused(edited(root -> ((ObjectNode) root.withArray("notes").get(2).get("quote"))
                .put("prefix", "p".repeat(1_001))), "at $.notes[2].quote.prefix"
                        + " (line 44, column 18): the text is 1001 characters long");
        assertRefused(edited(root -> {
            ArrayNode tags = ((ObjectNode) root.withArray("notes").get(0)).putArray("tags");
            for (int i = 0; i < 101; i++) {
                tags.add("t" + i);
            }
        }), "at $.notes[0].tags (line 20, column 14): a note has 101 tags; Margin keeps at most 100.");
        assertRefused(edited(root -> ((ObjectNode) root.withArray("notes").get(0)).putArray("tags")
                .add("x".repeat(201))), "at $.notes[0].tags[0] (line 20, column 16): the tag is 201 characters long");
    }

    @Test
    void textAfterTheJsonIsRefused() throws Exception {
        String whole = Files.readString(edited(root -> { }));
        assertRefused(write("notes.json", whole + "\n{}"),
                "notes.json is not a Margin notes file: there is more text after the end of the JSON at line");
    }

    @Test
    void aMemberTwiceInOneObjectOrAListAtTheTopAreRefused() throws Exception {
        assertRefused(write("notes.json", "{\"format\": \"margin-annotations\", \"format\": \"x\"}"),
                "notes.json is not a Margin notes file: a member appears twice in the same object at line 1");
        assertRefused(write("notes.json", "[1, 2]"), "notes.json is not a Margin notes file: it holds no JSON object.");
    }

    @Test
    void theFormatIsReportedBeforeAProblemInANoteThatComesFirstInTheFile() throws Exception {
        String tooLong = "x".repeat(Note.MAX_TEXT_LENGTH + 1);
        Path file = edited(root -> {
            note(3, "text", tooLong).accept(root);
            root.remove("format");
            root.put("format", "something-else"); // now after the notes
        });
        assertRefused(file, "notes.json is not a Margin notes file (at $.format, expected \"margin-annotations\").");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path big = temp.resolve("big.json");
        try (var channel = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(AnnotationExport.MAX_FILE_BYTES);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertRefused(big, "big.json is larger than 64 MiB");
    }

    /** The file is refused with the message, the message names no Jackson class, and the store is unchanged. */
    private void assertRefused(Path file, String message) throws Exception {
        try (AnnotationStore store = open("data")) {
            Note existing = study.notes().get(0);
            store.saveNote(existing);

            assertThatThrownBy(() -> AnnotationMerge.merge(store, AnnotationExport.read(file), study.article.id()))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(message)
                    .message().doesNotContainIgnoringCase("jackson").doesNotContain("Exception");
            assertThat(store.notes(study.article.id())).containsExactly(existing);
            assertThat(store.bookmarks(study.article.id())).isEmpty();
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A valid export of the study notes, changed by {@code edit}, as notes.json. */
    private Path edited(Consumer<ObjectNode> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotationExport.write(out, new ExportData(ExportData.ArticleRef.of(study.article), CLOCK.instant(),
                allNotes(), study.bookmarks()));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(out.toByteArray());
        edit.accept(root);
        assertThat(root.get("notes") == null || root.get("notes") instanceof ArrayNode).isTrue();
        Path file = temp.resolve("notes.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }
}
