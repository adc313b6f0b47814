package app.margin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers standing: model ← article, store ← ui ← app. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.margin");
    }

    @Test
    void modelUsesNoJavaFxNoSqlAndNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.model..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "app.margin.article..", "app.margin.store..",
                        "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void articleReadingUsesNoJavaFxAndNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.article..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "app.margin.store..", "app.margin.ui..",
                        "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void storeUsesNoJavaFxAndNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.store..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void exchangeUsesNoJavaFxNoSqlAndNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.exchange..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void libraryUsesNoJavaFxAndNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.library..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void uiNeverTouchesSqlNorTheApp() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void filesAreReplacedOnlyThroughTheOneFsyncAndRenameHelper() {
        // The store's own files too; kept unsaved work is moved aside once announced (UnsavedWork).
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName("app.margin.files.AtomicFiles")
                .and().doNotHaveFullyQualifiedName("app.margin.app.UnsavedWork")
                .should().callMethod(java.nio.file.Files.class, "move", java.nio.file.Path.class,
                        java.nio.file.Path.class, java.nio.file.CopyOption[].class);
        rule.check(classes);
    }

    @Test
    void filesHelperUsesNothingOfMargin() {
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.margin.model..",
                        "app.margin.article..", "app.margin.store..", "app.margin.exchange..",
                        "app.margin.library..", "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void theStoreIsHeldOnlyByItsQueue() {
        // Everything in the UI reaches the store through StoreQueue: no other UI class keeps one in a field.
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areDeclaredInClassesThat().resideInAPackage("app.margin.ui..")
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("app.margin.ui.queue.StoreQueue")
                .should().haveRawType(app.margin.store.AnnotationStore.class);
        rule.check(classes);
    }

    @Test
    void jsonReadingUsesNothingOfMargin() {
        // Articles, exports and the store's tags column read JSON through app.margin.json; it stands on its own.
        ArchRule rule = noClasses().that().resideInAPackage("app.margin.json..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "app.margin.model..",
                        "app.margin.article..", "app.margin.store..", "app.margin.exchange..",
                        "app.margin.library..", "app.margin.ui..", "app.margin.app..");
        rule.check(classes);
    }

    @Test
    void onlyTheJsonPackageMakesJacksonReadersAndWriters() {
        // One JSON approach: one factory with limits, one cursor that knows path, line and column, one wording.
        ArchRule rule = noClasses().that().resideOutsideOfPackage("app.margin.json..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.core.JsonFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.core.JsonParser")
                .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..");
        rule.check(classes);
    }

    @Test
    void onlyTheBackgroundRunnerAndTheWiringHandWorkToTheFxThread() {
        // Background, Coalescer and StoreQueue.call are the ways back to the FX thread; the app hands them
        // Platform::runLater (SmokeProbe, for --smoke only, waits for a frame itself).
        String[] allowed = {"app.margin.ui.queue..", "app.margin.app.."};
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
        classes().that().resideOutsideOfPackages(allowed).should(notReferTo(javafx.application.Platform.class,
                "runLater")).check(classes);
    }

    /** No method reference such as {@code Platform::runLater}, which a call rule does not see. */
    static ArchCondition<JavaClass> notReferTo(Class<?> owner, String method) {
        return new ArchCondition<>("not refer to " + owner.getSimpleName() + "::" + method) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getMethodReferencesFromSelf().stream()
                        .filter(r -> r.getTargetOwner().isEquivalentTo(owner) && r.getName().equals(method))
                        .forEach(r -> events.add(SimpleConditionEvent.violated(item, r.getDescription())));
            }
        };
    }

    @Test
    void oneWordRule() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName("app.margin.model.WordRule")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.text.BreakIterator");
        rule.check(classes);
    }
}
