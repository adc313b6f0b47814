package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextWordCharTest {

    @Test
    void aWordCharacterIsAnyButWhitespaceNoBreakSpaceAndNul() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = !Character.isWhitespace(c) && c != '\u00A0' && c != '\u0000';
            assertThat(HtmlText.isWordChar(c)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void spacesCollapseAndNulCharactersVanishInsideAParagraph() {
        java.util.List<String> paragraphs = new java.util.ArrayList<>();
        HtmlText.walk(org.jsoup.Jsoup.parse("<p> one \u00A0 two\u0000three\n\tfour\u2003</p><p>\u00e9t\u00e9 caf\u00e9</p>").body(),
                new TextSink() {
                    @Override
                    public void heading(int level, String text) {
                        paragraphs.add("#" + text);
                    }

                    @Override
                    public void paragraph(String text) {
                        paragraphs.add(text);
                    }

                    @Override
                    public void anchor(String id) {
                    }
                });
        assertThat(paragraphs).containsExactly("one twothree four", "\u00e9t\u00e9 caf\u00e9");
    }
}
