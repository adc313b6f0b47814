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
}
