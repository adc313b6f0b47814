package app.margin.exchange;

import app.margin.model.AnchorResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code docs/examples/study-sheet.md}: the study sheet of the bundled article with {@link StudyNotes}.
 * Run from the project folder with {@code java -cp target/classes:target/test-classes:<jackson jars>
 * app.margin.exchange.StudySheetExample [output]}; {@code StudySheetTest} checks the file is up to date.
 */
public final class StudySheetExample {

    static final Path OUTPUT = Path.of("docs", "examples", "study-sheet.md");

    private StudySheetExample() {}

    static String sheet() throws Exception {
        StudyNotes study = new StudyNotes();
        return StudySheet.markdown(study.layout, study.notes(), study.bookmarks(),
                new AnchorResolver(study.layout)::resolve, StudyNotes.EXPORT_CLOCK);
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, sheet(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath());
    }
}
