package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineOutlineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) {
        return CommandLineOutline.run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CommandLineOutlineTest.class.getResource("/formats/" + name).toURI());
    }

    @Test
    void printsTheBooksOutlineTwoSpacesALevelAndExitsZero() throws Exception {
        int code = run(fixture("lighthouse-epub3.epub"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("The Lighthouse Keeper", "Arrival",
                "  The Lamp Room", "  The Log Book", "The Storm", "  Before", "  During", "    The Ship", "Relief",
                "Afterword");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileMarginCannotReadPrintsTheMessageAndExitsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("book.epub"), "not a zip");

        int code = run(file);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("margin: book.epub: this is not an EPUB book");
    }

    @Test
    void aPageShownWholeSaysSoOnTheErrorStream() throws Exception {
        Path file = Files.writeString(dir.resolve("menu.html"), "<html><body><ul><li>One</li></ul></body></html>");

        int code = run(file);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(List.of("menu"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shows the whole page");
    }

    @Test
    void optionsTakeOutline() throws Exception {
        assertThat(Options.parse(List.of("--outline", "a.epub")).outline()).contains(Path.of("a.epub"));
        assertThat(Options.parse(List.of("--outline=b.html")).outline()).contains(Path.of("b.html"));
    }
}
