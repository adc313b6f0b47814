package app.margin.app;

import java.util.List;
import javafx.application.Application;

/**
 * The entry point. It is not an {@link Application} itself, so Margin starts from a plain classpath:
 * it checks the options (so --help and mistakes need no window) and then launches {@link MarginApp}.
 */
public final class Launcher {

    /**
     * Classes the first window needs whose loading and static set-up take long and need no toolkit: readied
     * on the second core while JavaFX starts (about 40 ms off the first frame, measured A/B). Nothing is kept;
     * a class that is missing is skipped.
     */
    static final List<String> WARM_UP = List.of(
            "org.fxmisc.richtext.GenericStyledArea", "org.fxmisc.richtext.StyledTextArea",
            "org.fxmisc.richtext.GenericStyledAreaBehavior", "org.fxmisc.richtext.ParagraphBox",
            "org.fxmisc.richtext.ParagraphText", "org.fxmisc.richtext.TextExt",
            "org.fxmisc.richtext.CaretSelectionBindImpl", "org.fxmisc.richtext.model.GenericEditableStyledDocumentBase",
            "org.fxmisc.richtext.model.ReadOnlyStyledDocument", "org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder",
            "org.fxmisc.richtext.model.StyleSpansBuilder", "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.flowless.VirtualizedScrollPane", "org.fxmisc.flowless.Navigator",
            "org.fxmisc.flowless.CellListManager", "org.reactfx.EventStreams", "org.reactfx.value.Val",
            "org.reactfx.collection.LiveList", "org.fxmisc.wellbehaved.event.Nodes",
            "org.fxmisc.wellbehaved.event.InputMap", "com.fasterxml.jackson.core.JsonFactory",
            "app.margin.model.ArticleLayout", "app.margin.article.ArticleReader");

    private Launcher() {
    }

    private static void warmUp() {
        // The first System.getLogger looks for a LoggerFinder on the whole class path, opening each of Margin's
        // jars (the AOT cache otherwise spares opening most of them): ~10 ms that init() spent before start()
        // could begin, when the store queue's class asked for its logger. Done here first, on the second core.
        System.getLogger("app.margin");
        ClassLoader loader = Launcher.class.getClassLoader();
        for (String name : WARM_UP) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the class loads when it is first used, as usual.
            }
        }
        warmTextLayout();
        try {
            // The article's content hash is taken soon after the first frame; the first SHA-256 reads the
            // security configuration and sets up its providers (~10 ms), which can happen here instead.
            java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1]);
        } catch (java.security.NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-256; without it the hash fails where it is used, as before.
        }
    }

    /**
     * JavaFX lays out text by asking {@code Character.isIdeographic} about every character through reflection, and by
     * running {@code java.text.Bidi} over each paragraph. The first reflective call makes the method's accessor (method
     * handles spun at run time), which every later copy of the method shares; the first Bidi reads the Unicode tables.
     * Both happened on the FX thread while the first page was laid out (~10 ms in the profile). Done here instead,
     * often enough that the compiler has the calls compiled by then.
     */
    private static void warmTextLayout() {
        try {
            java.lang.reflect.Method ideographic = Character.class.getMethod("isIdeographic", int.class);
            for (int i = 0; i < 2000; i++) {
                ideographic.invoke(null, 'a' + (i & 31));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only a head start.
        }
        char[] sample = "Warm-up, 1".toCharArray();
        new java.text.Bidi(sample, 0, null, 0, sample.length, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    }

    /**
     * A Margin window already open on the same data folder takes the file (or just comes to the front); this
     * launch then ends without starting JavaFX.
     */
    private static boolean handedOver(Options options) {
        if (options.smoke()) {
            return false;
        }
        java.nio.file.Path dataDir = options.resolveDataDir(System.getenv(),
                java.nio.file.Path.of(System.getProperty("user.home")));
        java.nio.file.Path socket = InstanceChannel.socketFor(dataDir);
        InstanceChannel.Request request = new InstanceChannel.Request(options.article(), options.link());
        if (!InstanceChannel.handOver(socket, request)) {
            return false;
        }
        System.out.println(InstanceChannel.handedOverMessage(request));
        return true;
    }

    /**
     * Linux without a GPU device (a virtual machine, a remote X session, Xvfb): JavaFX would first probe OpenGL,
     * load Mesa, fail its hardware check and fall back to software rendering; go there directly. Saves ~30 ms
     * and ~40 MiB of resident memory at start (measured under Xvfb). Left alone when prism.order is set.
     */
    private static void chooseSoftwareRenderingWithoutGpu() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        if (linux && System.getProperty("prism.order") == null
                && !java.nio.file.Files.exists(java.nio.file.Path.of("/dev/dri"))) {
            System.setProperty("prism.order", "sw");
        }
    }

    public static void main(String[] args) {
        SmokeProbe.mark("main");
        // sqlite-jdbc and Readability4J log through SLF4J; with no logger installed SLF4J warns on stderr.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (Options.OptionsException e) {
            System.err.println("margin: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        if (options.outline().isPresent()) {
            System.exit(CommandLineOutline.run(options.outline().get(), System.out, System.err));
        }
        if (options.convert().isPresent()) {
            System.exit(CommandLineConvert.run(options.convert().get(), options.convertTo().orElseThrow(),
                    System.out, System.err));
        }
        if (options.export().isPresent()) {
            System.exit(CommandLineExport.run(options, System.getenv(),
                    java.nio.file.Path.of(System.getProperty("user.home")), System.out, System.err));
        }
        if (options.importFile().isPresent()) {
            System.exit(CommandLineImport.run(options, System.getenv(),
                    java.nio.file.Path.of(System.getProperty("user.home")), System.out, System.err));
        }
        if (handedOver(options)) {
            return;
        }
        chooseSoftwareRenderingWithoutGpu();
        Thread warmUp = new Thread(Launcher::warmUp, "margin-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        SmokeProbe.mark("launch");
        Application.launch(MarginApp.class, args);
    }
}
