package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindleClippingsTest {

    private static final String SEP = "==========";

    static String clipping(String title, String header, String text) {
        return title + "\r\n" + header + "\r\n\r\n" + text + "\r\n" + SEP + "\r\n";
    }

    private static ForeignFile read(String content) throws IOException {
        return KindleClippings.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                "My Clippings.txt", ZoneOffset.UTC);
    }

    @Test
    void readsEveryBookWithAuthorLocationAndTime() throws IOException {
        ForeignFile file = read("\uFEFF" + clipping("The Book (Ann Author)",
                "- Your Highlight on page 12 | Location 180-182 | Added on Monday, 7 December 2026 10:20:31",
                "First words.") + clipping("\uFEFFOther (Series 2) (Bo Writer)",
                "- Your Highlight at location 40-41 | Added on Monday, December 7, 2026 3:05:00 PM", "Second."));
        assertThat(file.skipped()).isEmpty();
        assertThat(file.highlights()).extracting(ForeignHighlight::book, ForeignHighlight::author,
                ForeignHighlight::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The Book", "Ann Author", "First words."),
                org.assertj.core.groups.Tuple.tuple("Other (Series 2)", "Bo Writer", "Second."));
        ForeignHighlight first = file.highlights().get(0);
        assertThat(first.location()).isEqualTo("Location 180-182, page 12");
        assertThat(first.time()).isEqualTo(Instant.parse("2026-12-07T10:20:31Z"));
        assertThat(file.highlights().get(1).time()).isEqualTo(Instant.parse("2026-12-07T15:05:00Z"));
    }

    @Test
    void readsTheHeadersOfEveryLanguageKindleWrites() throws IOException {
        List<String> headers = List.of(
                "- Your Highlight on page 12 | Location 180-182 | Added on Monday, 7 December 2026 10:20:31",
                "- Ihre Markierung auf Seite 12 | Position 180-182 | Hinzugefügt am Montag, 7. Dezember 2026 10:20:31",
                "- Votre surlignement sur la page 12 | emplacement 180-182 | Ajouté le lundi 7 décembre 2026 10:20:31",
                "- Tu subrayado en la página 12 | posición 180-182 | Añadido el lunes, 7 de diciembre de 2026 10:20:31",
                "- La tua evidenziazione a pagina 12 | posizione 180-182 | Aggiunto in data lunedì 7 dicembre 2026"
                        + " 10:20:31",
                "- Seu destaque na página 12 | posição 180-182 | Adicionado: segunda-feira, 7 de dezembro de 2026"
                        + " 10:20:31",
                "- 12ページ|位置No. 180-182のハイライト |作成日: 2026年12月7日月曜日 10:20:31");
        StringBuilder all = new StringBuilder();
        headers.forEach(h -> all.append(clipping("Book (A)", h, "Words " + h.length())));
        ForeignFile file = read(all.toString());
        assertThat(file.highlights()).hasSize(7).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(ForeignHighlight.Kind.HIGHLIGHT);
            assertThat(h.location()).isEqualTo("Location 180-182, page 12");
            assertThat(h.time()).isEqualTo(Instant.parse("2026-12-07T10:20:31Z"));
        });
    }

    @Test
    void notesJoinTheHighlightTheyFollowAndBookmarksStayBookmarks() throws IOException {
        ForeignFile file = read(clipping("B (A)", "- Your Highlight on page 3 | Location 40-44 | Added on Monday,"
                + " 7 December 2026 10:20:31", "Highlighted.")
                + clipping("B (A)", "- Your Note on page 3 | Location 44 | Added on Monday, 7 December 2026 10:21:00",
                "My thought.")
                + clipping("B (A)", "- Ihre Notiz auf Seite 5 | Position 60 | Hinzugefügt am Montag, 7. Dezember"
                + " 2026 10:22:00", "Vorher.")
                + clipping("B (A)", "- Ihre Markierung auf Seite 5 | Position 58-60 | Hinzugefügt am Montag,"
                + " 7. Dezember 2026 10:22:00", "Danach markiert.")
                + clipping("B (A)", "- Your Note on page 9 | Location 99 | Added on Monday, 7 December 2026 10:23:00",
                "On its own.")
                + clipping("B (A)", "- Your Bookmark on page 9 | Location 100 | Added on Monday, 7 December 2026"
                + " 10:24:00", ""));
        assertThat(file.highlights()).extracting(ForeignHighlight::kind, ForeignHighlight::text, ForeignHighlight::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.HIGHLIGHT, "Highlighted.",
                                "My thought."),
                        org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.HIGHLIGHT, "Danach markiert.",
                                "Vorher."),
                        org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.NOTE, "", "On its own."),
                        org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.BOOKMARK, "", ""));
    }

    @Test
    void brokenSeparatorsAndMixedLanguagesStillGiveEveryClippingAndNameTheRest() throws IOException {
        String content = "stray words before any clipping\n"
                + "B (A)\n- Your Highlight on page 1 | Location 1-2 | Added on Monday, 7 December 2026 10:20:31\n\nOne.\n"
                // no separator here
                + "C (D)\n- Ihre Markierung auf Seite 2 | Position 3-4 | Hinzugefügt am Montag, 7. Dezember 2026"
                + " 10:20:31\n\nZwei.\n=====\n"
                + "E (F)\n- Votre surlignement sur la page 3 | emplacement 5 | Ajouté le lundi 7 décembre 2026"
                + " 10:20:31\n\nTrois.\n==========";
        ForeignFile file = read(content);
        assertThat(file.highlights()).extracting(ForeignHighlight::book, ForeignHighlight::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", "One."),
                        org.assertj.core.groups.Tuple.tuple("C", "Zwei."),
                        org.assertj.core.groups.Tuple.tuple("E", "Trois."));
        assertThat(file.skipped()).singleElement().asString().contains("My Clippings.txt, line 1");
    }

    @Test
    void aDateItCannotReadLeavesTheTimeUnknownNotTheClipping() throws IOException {
        ForeignFile file = read(clipping("B (A)", "- Your Highlight on page 1 | Location 1 | Added on sometime",
                "Kept."));
        assertThat(file.highlights()).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("Kept.");
            assertThat(h.time()).isNull();
        });
    }

    @Test
    void aTwoHundredMegabyteFileIsReadAsAStream() throws IOException {
        byte[] one = clipping("Big Book (Some One)", "- Your Highlight on page 12 | Location 180-182 | Added on"
                + " Monday, 7 December 2026 10:20:31", "x".repeat(300)).getBytes(StandardCharsets.UTF_8);
        long total = 200L * 1024 * 1024;
        InputStream endless = new InputStream() {
            long given;

            @Override
            public int read() {
                return given >= total ? -1 : one[(int) (given++ % one.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - given);
                for (int i = 0; i < n; i++) {
                    b[off + i] = one[(int) (given++ % one.length)];
                }
                return n;
            }
        };
        long[] count = {0};
        List<String> skipped = new ArrayList<>();
        KindleClippings.read(endless, "My Clippings.txt", ZoneOffset.UTC, h -> count[0]++, skipped::add);
        assertThat(count[0]).isEqualTo(total / one.length + (total % one.length > 0 ? 1 : 0));
    }
}
