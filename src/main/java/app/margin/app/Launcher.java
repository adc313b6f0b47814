package app.margin.app;

import javafx.application.Application;

/**
 * The entry point. It is not an {@link Application} itself, so Margin starts from a plain classpath:
 * it checks the options (so --help and mistakes need no window) and then launches {@link MarginApp}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(java.util.List.of(args));
            if (options.help()) {
                System.out.println(Options.USAGE);
                return;
            }
            if (options.export().isPresent()) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
                System.exit(CommandLineExport.run(options, System.getenv(),
                        java.nio.file.Path.of(System.getProperty("user.home")), System.out, System.err));
            }
        } catch (Options.OptionsException e) {
            System.err.println("margin: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
        }
        // sqlite-jdbc logs through SLF4J; with no logger installed SLF4J warns on stderr at every start.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Application.launch(MarginApp.class, args);
    }
}
