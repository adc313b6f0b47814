package app.margin.article;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The article package reads files into the model; it knows nothing of the UI or the database. */
class ArticlePackageArchitectureTest {
    private static final JavaClasses ARTICLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.margin.article");

    @Test
    void articlePackageUsesNoJavaFxNoSqlAndNoOuterLayers() {
        noClasses().that().resideInAPackage("app.margin.article..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "app.margin.store..", "app.margin.ui..", "app.margin.app..")
                .check(ARTICLE);
    }
}
