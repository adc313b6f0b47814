package app.margin.article;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opening a file never reaches the network: neither Margin's importers nor Readability4J use anything that opens
 * a connection. jsoup can fetch pages, but only through {@code Jsoup.connect} and its {@code Connection}, which
 * nothing here calls; its parser only reads the string or stream it is given.
 */
class NoNetworkTest {
    private static final String[] NETWORK = {"java.net.URLConnection", "java.net.HttpURLConnection", "java.net.Socket",
            "java.net.DatagramSocket", "java.net.http.HttpClient", "org.jsoup.Connection",
            "org.jsoup.helper.HttpConnection", "javax.net.ssl.HttpsURLConnection"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.margin.article", "net.dankito.readability4j");
    }

    @Test
    void importersAndReadabilityOpenNoConnection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(NETWORK[0])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[1])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[2])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[3])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[4])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[5])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[6])
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK[7])
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callMethod(org.jsoup.Jsoup.class, "connect", String.class)
                .check(classes);
    }
}
