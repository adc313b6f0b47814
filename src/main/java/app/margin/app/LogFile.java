package app.margin.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends what Margin logs to {@code System.getLogger("app.margin")} to a small rotating file in the data
 * folder, {@value #FOLDER}/margin.0.log (the newest; then .1 and .2), at most {@value #LIMIT_BYTES} bytes each,
 * so a reader can attach it to a report. The console still gets warnings.
 */
final class LogFile {

    static final String FOLDER = "logs";
    static final String PATTERN = "margin.%g.log";
    static final int LIMIT_BYTES = 256 * 1024;
    static final int COUNT = 3;
    static final String LOGGER = "app.margin";

    /** The logger, kept so it is not collected (which would drop its handler), and its file's folder. */
    private static Logger configured;
    private static FileHandler handler;
    private static Path folder;

    private LogFile() {
    }

    /**
     * Routes {@code app.margin} to the file; problems setting it up go to stderr only. Cheap, but it loads
     * java.util.logging: call it off the path to the first frame.
     */
    static synchronized void configure(Path dataDir) {
        Path wanted = dataDir.resolve(FOLDER).toAbsolutePath();
        if (wanted.equals(folder)) {
            return;
        }
        long start = System.nanoTime();
        try {
            Files.createDirectories(wanted);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    System.getProperty("java.util.logging.SimpleFormatter.format",
                            "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n"));
            FileHandler file = new FileHandler(wanted.resolve(PATTERN).toString(), LIMIT_BYTES, COUNT, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            file.setEncoding("UTF-8");
            file.setErrorManager(new LogFileErrors(System.err));
            Logger logger = Logger.getLogger(LOGGER);
            logger.setLevel(Level.INFO);
            if (handler != null) {
                // Another data folder in the same JVM (tests start Margin several times): the log follows it.
                logger.removeHandler(handler);
                handler.close();
            }
            logger.addHandler(file);
            if (configured == null) {
                // The console keeps showing warnings, as before; the file also has what Margin notes at INFO.
                java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
                console.setLevel(Level.WARNING);
                logger.addHandler(console);
                logger.setUseParentHandlers(false);
            }
            configured = logger;
            handler = file;
            folder = wanted;
            logger.log(Level.INFO, "Margin started; this log opened in "
                    + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        } catch (IOException | RuntimeException e) {
            System.err.println("margin: no log file in " + dataDir.resolve(FOLDER) + ": " + e.getMessage());
        }
    }
}
