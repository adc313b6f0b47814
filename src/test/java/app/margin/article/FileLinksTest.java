package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links to other files beside a page (a multi-page manual's "ch-docs.html#s-changelogs", a folder of notes'
 * "week2.md#proof"): kept as links when read, worked out and checked only when followed, never out of what File → Open
 * could open and never to anything but a page, a note, a text, a book or a PDF.
 */
class FileLinksTest {

    @TempDir
    Path folder;

    private final ArticleImporter importer = new ArticleImporter();

    /** Every link of the article: "words->target". */
    private static List<String> links(Article article) {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(article.lead());
        List<ParagraphForm> forms = new ArrayList<>();
        for (int i = 0; i < article.lead().size(); i++) {
            forms.add(article.leadForm(i));
        }
        for (var section : article.sections()) {
            for (int i = 0; i < section.paragraphs().size(); i++) {
                texts.add(section.paragraphs().get(i));
                forms.add(section.form(i));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (Span s : forms.get(i).spans()) {
                if (s.style() == Span.Style.LINK) {
                    out.add(texts.get(i).substring(s.start(), s.end()) + "->" + s.target());
                }
            }
        }
        return out;
    }

    private Article open(String name, String text) throws Exception {
        return importer.open(Files.writeString(folder.resolve(name), text)).article();
    }

    @Test
    void aManualPageKeepsItsLinksToOtherChaptersAndALinkToItselfStaysInThePage() throws Exception {
        Article page = open("ch-source.html", "<html><head><title>Source</title></head><body><h1>Source</h1>"
                + "<p>See also: <a href='ch-docs.html#s-changelogs'>Changelogs</a>, <a href='ap-flow.html'>the "
                + "flowcharts</a>, <a href='../library/os.html#os.open'>os.open</a> and "
                + "<a href='ch-source.html#s-here'>this one</a>.</p><p id='s-here'>Here.</p></body></html>");

        assertThat(links(page)).containsExactly("Changelogs->ch-docs.html#s-changelogs",
                "the flowcharts->ap-flow.html", "os.open->../library/os.html#os.open", "this one->#s-here");
        Span toDocs = page.leadForm(0).spans().get(0);
        assertThat(toDocs.toFile()).isTrue();
        assertThat(toDocs.internal()).isFalse();
        assertThat(page.pictureBase()).as("where the links are found from").isEqualTo(folder.toString());
    }

    @Test
    void aNoteKeepsItsLinkToAnotherNoteAndToItselfByName() throws Exception {
        Article note = open("week1.md", "# Week 1\n\nThe lemma is used in [the proof](week2.md#proof), and in "
                + "[Week 3](<week 3.md>); [below](week1.md#a-section) is here.\n\n## A section\n\nText.\n");

        assertThat(links(note)).containsExactly("the proof->week2.md#proof", "Week 3->week 3.md",
                "below->#a-section");
    }

    @Test
    void hostileTargetsKeepOnlyTheirWords() throws Exception {
        Article page = open("hostile.html", "<html><head><title>H</title></head><body><h1>H</h1><p>"
                + "<a href='file:///etc/passwd'>a</a> <a href='javascript:alert(1)'>b</a> <a href='/etc/passwd'>c</a> "
                + "<a href='//host/share/x.html'>d</a> <a href='C:\\Windows\\x.html'>e</a> "
                + "<a href='data:text/html,x'>f</a> <a href='" + "a/".repeat(600) + "x.html'>g</a> "
                + "<a href='notes\\x.md'>h</a> <a href='?q=1'>i</a> <a href='JavaScript:x'>j</a></p></body></html>");
        Article note = open("hostile.md", "# H\n\n[a](file:///etc/passwd) [b](javascript:x) [c](/etc/passwd) "
                + "[d](<" + "a/".repeat(600) + "x.md>)\n");

        assertThat(links(page)).isEmpty();
        assertThat(links(note)).isEmpty();
    }

    @Test
    void aRelativeTargetIsReadAgainstThePagesFolderAndNormalised() throws Exception {
        String base = folder.resolve("html/tutorial").toString();

        LinkedFiles.Link os = LinkedFiles.resolve(base, "../library/os.html#os.open");
        LinkedFiles.Link spaced = LinkedFiles.resolve(base, "week%202.md#caf%C3%A9");
        LinkedFiles.Link escapedUp = LinkedFiles.resolve(base, "%2e%2e/index.html");

        assertThat(os.file()).isEqualTo(folder.resolve("html/library/os.html"));
        assertThat(os.fragment()).isEqualTo("os.open");
        assertThat(spaced.file()).isEqualTo(folder.resolve("html/tutorial/week 2.md"));
        assertThat(spaced.fragment()).isEqualTo("café");
        assertThat(escapedUp.file()).as("%2e%2e is the .. it spells, and is normalised away")
                .isEqualTo(folder.resolve("html/index.html"));
    }

    @Test
    void targetsThatAreNoFileOfAKindMarginOpensAreRefusedSayingWhy() {
        String base = folder.toString();

        assertRefused(base, "../../etc/passwd", "none of them");
        assertRefused(base, "..%2f..%2fetc%2fpasswd", "none of them");
        assertRefused(base, "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow", "none of them");
        assertRefused(base, "%2Fetc%2Fpasswd.md", "not a file name");
        assertRefused(base, "file:///etc/passwd", "not a link to a file");
        assertRefused(base, "javascript:alert(1)", "not a link to a file");
        assertRefused(base, "/etc/hosts.html", "not a link to a file");
        assertRefused(base, "a/".repeat(600) + "x.html", "not a link to a file");
        assertRefused(base, "notes%00.md", "not a file name");
        assertRefused(base, "library.json", "none of them");
        assertRefused(base, "chapters/", "a folder");
        assertRefused(base, "bad%zzname.md", "escapes");
        assertRefused(null, "week2.md", "does not say which folder");
        assertRefused(folder.resolve("book.epub").toString(), "week2.md", "book.epub");
    }

    private static void assertRefused(String base, String target, String why) {
        assertThatThrownBy(() -> LinkedFiles.resolve(base, target)).as(target).isInstanceOf(ArticleException.class)
                .hasMessageContaining("The link to").hasMessageContaining(why);
    }

    @Test
    void onTheDiskOnlyARegularReadableFileOfAKindMarginOpensIsOpened() throws Exception {
        Path week2 = Files.writeString(folder.resolve("week2.md"), "# Week 2\n");
        Files.createDirectory(folder.resolve("folder.md"));
        Path sneaky = Files.createSymbolicLink(folder.resolve("sneaky.md"), Path.of("/etc/passwd"));
        Path alias = Files.createSymbolicLink(folder.resolve("alias.md"), week2);

        assertThat(LinkedFiles.check(LinkedFiles.resolve(folder.toString(), "week2.md"))).isEqualTo(week2.toRealPath());
        assertThat(LinkedFiles.check(LinkedFiles.resolve(folder.toString(), "alias.md"))).isEqualTo(week2.toRealPath());
        assertThatThrownBy(() -> LinkedFiles.check(LinkedFiles.resolve(folder.toString(), "missing.md")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> LinkedFiles.check(LinkedFiles.resolve(folder.toString(), "folder.md")))
                .hasMessageContaining("a folder");
        assertThatThrownBy(() -> LinkedFiles.check(LinkedFiles.resolve(folder.toString(), sneaky.getFileName()
                .toString()))).as("a link whose real file is no page").hasMessageContaining("/etc/passwd")
                .hasMessageContaining("none of them");
    }

    @Test
    void aFragmentLandsOnAnElementIdOrOnAMarkdownHeadingByItsGitHubAnchor() throws Exception {
        // As Sphinx writes Debian Policy: the heading's anchors are on an empty span before it and on its section;
        // no link of this page points at them, only other chapters' do.
        ArticleLayout page = ArticleLayout.of(open("ch-docs.html", "<html><head><title>Docs</title></head><body>"
                + "<h1>Docs</h1><p>Intro with <span id='index-0'></span>an index mark.</p><span id='s-changelogs'>"
                + "</span><section id='changelogs'><h2>4.4. Changelogs</h2><p>The changelog.</p></section>"
                + "</body></html>"));
        ArticleLayout note = ArticleLayout.of(open("week2.md", "# Week 2\n\nIntro.\n\n## Proof of 2.1\n\nQ.E.D.\n"));

        assertThat(page.blocks().get(LinkedFiles.landing(page, "s-changelogs")).text()).isEqualTo("The changelog.");
        assertThat(page.blocks().get(LinkedFiles.landing(page, "changelogs")).text()).isEqualTo("The changelog.");
        assertThat(page.blocks().get(LinkedFiles.landing(page, "4-4-changelogs")).text())
                .as("Margin's own section id").isEqualTo("4.4. Changelogs");
        assertThat(LinkedFiles.landing(page, "index-0")).as("ids no link points at, but at headings, are dropped")
                .isEqualTo(-1);
        assertThat(note.blocks().get(LinkedFiles.landing(note, "proof-of-21")).text()).isEqualTo("Proof of 2.1");
        assertThat(LinkedFiles.landing(note, "nowhere")).isEqualTo(-1);
        assertThat(LinkedFiles.landing(note, "")).isEqualTo(-1);
    }
}
