package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The charset found from a file's first bytes is the one jsoup finds by parsing them, so a page reads as before. */
class MarkupCharsetTest {

    private static final String WORDS = "Café crème, naïve façade — “quoted” ½ €";

    @Test
    void anXmlDeclarationNamesTheCharset() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><body><p>" + WORDS
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MarkupCharset.of(bytes, true)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(EpubPackageXml.text(bytes)).contains("Café crème, naïve façade");
    }

    @Test
    void aMetaElementComesBeforeTheXmlDeclaration() {
        byte[] bytes = ("<?xml version='1.0' encoding='utf-8'?><html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=windows-1252\"/></head><body>" + WORDS + "</body></html>")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(MarkupCharset.of(bytes, true)).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void aMetaInACommentOrPastTheFirstFiveKilobytesIsNotRead() {
        assertThat(MarkupCharset.of("<html><!-- <meta charset=\"iso-8859-1\"> --><body>é</body></html>"
                .getBytes(StandardCharsets.UTF_8), false)).isEqualTo(StandardCharsets.UTF_8);
        String far = "<html><head><title>" + "x".repeat(MarkupCharset.HEAD) + "</title><meta charset=\"iso-8859-1\">";
        assertThat(MarkupCharset.of(far.getBytes(StandardCharsets.UTF_8), false)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8() {
        assertThat(MarkupCharset.of("<meta charset=\"no-such-charset\"><p>é</p>".getBytes(StandardCharsets.UTF_8), false))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(MarkupCharset.of(new byte[0], true)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkStillWins() throws IOException {
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>" + WORDS + "</p>")
                .getBytes(StandardCharsets.UTF_16BE);
        assertThat(parse(utf16, MarkupCharset.of(utf16, true).name(), Parser.xmlParser()).text()).contains(WORDS);
    }

    /** Each file read both ways, HTML and XML, gives the same document. */
    @Property(tries = 400)
    void readsAsJsoupWouldHaveReadIt(@ForAll("files") byte[] bytes) throws IOException {
        for (boolean xml : new boolean[] {false, true}) {
            Parser parser = xml ? Parser.xmlParser() : Parser.htmlParser();
            String asJsoupFinds = parse(bytes, null, parser).outerHtml();
            assertThat(parse(bytes, MarkupCharset.of(bytes, xml).name(), parser).outerHtml())
                    .isEqualTo(asJsoupFinds);
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> charset = Arbitraries.of("utf-8", "UTF-8", "iso-8859-1", "windows-1252", "latin1",
                "ISO-8859-15", "utf-16", "no-such", "", " 'iso-8859-2' ", "shift_jis");
        Arbitrary<String> declaration = charset.flatMap(c -> Arbitraries.of("",
                "<?xml version=\"1.0\" encoding=\"" + c + "\"?>\n", "<?xml version='1.0' encoding='" + c + "' ?>",
                "<?xml version=\"1.0\"?>", "  <?xml version=\"1.0\" encoding=\"" + c + "\"?>"));
        Arbitrary<String> meta = charset.flatMap(c -> Arbitraries.of("", "<meta charset=\"" + c + "\"/>",
                "<meta charset=" + c.strip() + ">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + c + "\"/>",
                "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=" + c + "'>",
                "<meta http-equiv=\"refresh\" content=\"5\" charset=\"" + c + "\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html\" charset=\"" + c + "\">",
                "<!-- <meta charset=\"" + c + "\"> -->", "<meta name=\"viewport\" content=\"width=device-width\"/>"));
        Arbitrary<Integer> padding = Arbitraries.oneOf(Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(MarkupCharset.HEAD - 120, MarkupCharset.HEAD + 40));
        Arbitrary<String> written = Arbitraries.of("UTF-8", "ISO-8859-1", "windows-1252", "UTF-16LE");
        return Combinators.combine(declaration, meta, meta, padding, written).as((decl, first, second, pad, in) -> {
            String page = decl + "<html><head><title>" + "t".repeat(pad) + "</title>" + first + second
                    + "</head><body><p>" + WORDS + "</p></body></html>";
            return page.getBytes(Charset.forName(in));
        }).filter(bytes -> !metaCutAtTheHead(bytes));
    }

    /**
     * Whether a meta element starts in the first 5 KB and ends after them. Not compared: what jsoup makes of an
     * element cut off by the end of its 5 KB depends on where its tokenizer stops (the element is dropped, or kept
     * with the attributes read so far, differently in its two parsers); Margin reads only whole elements.
     */
    private static boolean metaCutAtTheHead(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf("<meta"); at >= 0 && at < MarkupCharset.HEAD; at = text.indexOf("<meta", at + 1)) {
            if (text.indexOf('>', at) >= MarkupCharset.HEAD) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(byte[] bytes, String charset, Parser parser) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "", parser);
    }

    /** The text of a file as the EPUB reader reads it. */
    private static final class EpubPackageXml {
        static String text(byte[] bytes) {
            try {
                return EpubPackage.xml(bytes, "test.xhtml").text();
            } catch (ArticleException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
    }
}
