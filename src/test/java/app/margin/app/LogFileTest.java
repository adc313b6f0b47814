package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Margin logs to "app.margin" is kept in a small rotating file in the data folder. */
class LogFileTest {

    @TempDir
    Path dataDir;

    @Test
    void warningsLoggedToAppMarginGoToTheLogFileInTheDataFolder() throws Exception {
        LogFile.configure(dataDir);

        System.getLogger("app.margin").log(System.Logger.Level.WARNING, "the disk is full (test)");

        Path log = dataDir.resolve(LogFile.FOLDER).resolve("margin.0.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("WARNING", "the disk is full (test)");
    }

    @Test
    void theLogFileRotatesAtItsLimitAndKeepsThreeFiles() throws Exception {
        LogFile.configure(dataDir);
        String line = "x".repeat(1000);

        for (int i = 0; i < 1000; i++) {
            System.getLogger("app.margin").log(System.Logger.Level.INFO, line);
        }

        Path folder = dataDir.resolve(LogFile.FOLDER);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".log")))
                    .extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrder("margin.0.log", "margin.1.log", "margin.2.log");
        }
        assertThat(Files.size(folder.resolve("margin.0.log"))).isLessThanOrEqualTo(LogFile.LIMIT_BYTES + 2_000);
    }

    @Test
    void aLogFileThatCannotBeWrittenSaysSoOnceInOneLineWithoutAStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LogFileErrors errors = new LogFileErrors(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        for (int i = 0; i < 5; i++) {
            errors.error(null, new IOException("No space left on device"), ErrorManager.WRITE_FAILURE);
        }

        String said = bytes.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).hasSize(1);
        assertThat(said).contains("log file could not be written", "No space left on device").doesNotContain("\tat ");
    }

    @Test
    void theLogFilesHandlerReportsWriteFailuresThatWay() {
        LogFile.configure(dataDir);

        Handler[] handlers = Logger.getLogger(LogFile.LOGGER).getHandlers();
        assertThat(handlers).filteredOn(h -> h instanceof FileHandler)
                .singleElement().satisfies(h -> assertThat(h.getErrorManager()).isInstanceOf(LogFileErrors.class));
    }
}
