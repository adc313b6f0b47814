package app.margin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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
        // The store moves its own database files, and kept unsaved work is moved aside once announced.
        ArchRule rule = noClasses().that().resideOutsideOfPackage("app.margin.store..")
                .and().doNotHaveFullyQualifiedName("app.margin.files.AtomicFiles")
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
}
