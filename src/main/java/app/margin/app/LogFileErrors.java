package app.margin.app;

import java.io.PrintStream;
import java.util.logging.ErrorManager;

/**
 * What the log file's handler does when it cannot write, typically a full disk: one line on the terminal saying so,
 * once, instead of java.util.logging's default of a stack trace for every message that follows. The reader's notes
 * do not depend on the log (the store says so in the window when it cannot save), so nothing more is owed here.
 */
final class LogFileErrors extends ErrorManager {

    private final PrintStream err;
    private boolean reported;

    LogFileErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void error(String msg, Exception ex, int code) {
        if (reported) {
            return;
        }
        reported = true;
        String cause = ex == null ? msg : ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        err.println("margin: the log file could not be written" + (cause == null ? "" : " (" + cause + ")")
                + "; Margin goes on without it");
    }
}
