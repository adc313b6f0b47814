package app.margin.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link ReadOnlyFolderTest}: opens the store in the folder it is given, which the test made
 * unwritable for real, and prints {@code notes:<count>} for the article and {@code problem:<kind>:<message>}.
 */
public final class ReadOnlyFolderMain {

    private ReadOnlyFolderMain() {}

    public static void main(String[] args) throws Exception {
        OpenResult result = StoreOpener.open(Path.of(args[0]), Clock.systemUTC());
        try (AnnotationStore store = result.store()) {
            System.out.println("notes:" + store.notes(args[1]).size());
            System.out.println("problem:" + result.problemKind().map(Enum::name).orElse("NONE") + ":"
                    + result.problem().orElse(""));
        }
    }
}
