package app.margin.ui.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * JSVG loads only when a page first shows an SVG picture: checked in a JVM of its own (this one may have loaded it
 * for other tests), which also prints the first drawing's cost.
 */
class SvgLazyLoadTest {

    @Test
    void aPageOfPngPicturesNeverLoadsJsvgAndTheFirstSvgDoes() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"), SvgFirstUse.class.getName()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith("jsvg-before=")).findFirst().orElse(text);
        System.out.println("SVG first use: " + line);
        assertThat(line).contains("jsvg-before=false").contains("jsvg-after=true");
    }

    @Test
    void onlySvgDrawingsNamesJsvgAndOnlyThePageAndThePdfNameIt() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.margin");
        String drawings = app.margin.article.SvgDrawings.class.getName();
        noClasses().that().doNotHaveFullyQualifiedName(drawings)
                .should().dependOnClassesThat().resideInAPackage("com.github.weisj..").check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(SvgPictures.class.getName())
                .and().doNotHaveFullyQualifiedName("app.margin.exchange.PdfPassages")
                .and().doNotHaveFullyQualifiedName(drawings)
                .should().dependOnClassesThat().haveFullyQualifiedName(drawings).check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(PictureFigures.class.getName())
                .and().doNotHaveFullyQualifiedName(SvgPictures.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(SvgPictures.class.getName()).check(classes);
    }
}
