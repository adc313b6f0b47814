package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AOT training run's second PDF ({@code packaging/training/manual.pdf}, made by {@link TrainingManualMaker}) holds
 * what a long real PDF's first page makes PDFBox and Margin load, and build.sh's training run opens it: without it,
 * opening the LuaTeX manual or a hyperref thesis loaded ~45 PDFBox classes and a dozen of Margin's from the jars.
 */
class TrainingManualTest {
    private static final Path TRAINING = Path.of("packaging/training");
    private static final Path MANUAL = TRAINING.resolve("manual.pdf");

    private static PDDocument document;

    @BeforeAll
    static void open() throws IOException {
        document = Loader.loadPDF(MANUAL.toFile());
    }

    @Test
    void trainingRunOpensEveryTrainingDocument() throws IOException {
        String build = Files.readString(Path.of("packaging/build.sh"));
        List<String> documents = new ArrayList<>();
        try (var files = Files.list(TRAINING)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.endsWith(".html"))
                    .forEach(documents::add);
        }
        assertThat(documents).contains("manual.pdf", "paper.pdf", "page.html");
        for (String name : documents) {
            assertThat(build).contains("\"$root/packaging/training/" + name + "\"");
        }
    }

    @Test
    void manualIsLongEnoughForItsFirstPagesToBeShownBeforeTheRest() throws Exception {
        List<PdfText> beginnings = new ArrayList<>();
        PdfText whole = PdfLayout.DEFAULTS.read(MANUAL, beginnings::add);
        assertThat(beginnings).hasSize(1);
        assertThat(beginnings.get(0).paragraphs().size()).isLessThan(whole.paragraphs().size());
    }

    @Test
    void bodyTextIsATrueTypeCidSubsetWithAToUnicodeMap() throws IOException {
        List<PDFont> fonts = fonts();
        assertThat(fonts).anySatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            PDType0Font type0 = (PDType0Font) font;
            assertThat(type0.getDescendantFont().getCOSObject().getCOSName(COSName.SUBTYPE))
                    .isEqualTo(COSName.CID_FONT_TYPE2);
            assertThat(type0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
            assertThat(type0.isEmbedded()).isTrue();
            // its character map kept, as TeX's subsets keep it (PDFBox's own subsets drop it)
            assertThat(((PDCIDFontType2) type0.getDescendantFont()).getTrueTypeFont()
                    .getTableMap()).containsKeys("cmap", "name");
        });
    }

    @Test
    void aParagraphIsInAnEmbeddedType1Font() throws IOException {
        assertThat(fonts()).anySatisfy(font -> {
            assertThat(font).isInstanceOf(PDType1Font.class);
            assertThat(font.getFontDescriptor().getFontFile()).isNotNull();
        });
    }

    @Test
    void outlineEntriesPointAtNamedDestinations() throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        List<String> named = new ArrayList<>();
        for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
            if (item.getDestination() instanceof PDNamedDestination name) {
                named.add(name.getNamedDestination());
            }
            for (PDOutlineItem child : item.children()) {
                assertThat(child.getAction()).isInstanceOf(PDActionGoTo.class);
            }
        }
        assertThat(named).contains("contents", "section.1", "section.2");
        for (String name : named) {
            assertThat(catalog.findNamedDestinationPage(new PDNamedDestination(name))).as(name).isNotNull();
        }
    }

    @Test
    void pagesAreLabelledRomanThenArabic() throws IOException {
        assertThat(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                .containsExactly("i", "ii", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void linksGoToNamedPlacesAndOutWithoutAppearanceStreams() throws IOException {
        Set<Class<?>> actions = new HashSet<>();
        int links = 0;
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links++;
                    actions.add(link.getAction().getClass());
                    assertThat(link.getAppearance()).isNull();
                }
            }
        }
        assertThat(links).isGreaterThanOrEqualTo(6);
        assertThat(actions).contains(PDActionGoTo.class, PDActionURI.class);
    }

    @Test
    void pagesHoldPicturesATranslucentFillAndArtifacts() throws IOException {
        int images = 0;
        boolean softMask = false;
        boolean artifact = false;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                images += resources.getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            for (COSName name : resources.getExtGStateNames()) {
                softMask |= resources.getExtGState(name).getCOSObject().containsKey(COSName.SMASK);
            }
            List<Object> tokens = new PDFStreamParser(page).parse();
            for (int i = 1; i < tokens.size(); i++) {
                artifact |= tokens.get(i) instanceof Operator op && op.getName().equals("BMC")
                        && COSName.ARTIFACT.equals(tokens.get(i - 1));
            }
        }
        assertThat(images).isEqualTo(2);
        assertThat(softMask).isTrue();
        assertThat(artifact).isTrue();
    }

    private static List<PDFont> fonts() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
