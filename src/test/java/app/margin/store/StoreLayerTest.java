package app.margin.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class StoreLayerTest {

    @Test
    void storeUsesNoJavaFxAndNothingAboveIt() {
        JavaClasses store = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.margin.store");
        noClasses().that().resideInAPackage("app.margin.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.margin.ui..", "app.margin.app..")
                .check(store);
    }
}
