package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextWordCharTest {

    @Test
    void aWordCharacterIsAnyButWhitespaceNoBreakSpaceAndNul() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = !Character.isWhitespace(c) && c != '\u00A0' && c != '\u0000';
            assertThat(HtmlWhitespace.isWordChar(c)).as("U+%04X", (int) c).isEqualTo(expected);
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

    /** The rule the walk's quick copying must keep: NULs go, each run of whitespace is one space, ends are trimmed. */
    private static String expected(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.replace("\u0000", "").toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    @net.jqwik.api.Property(tries = 2000)
    void aParagraphsTextOverSeveralNodesKeepsItsWordsWithSingleSpaces(
            @net.jqwik.api.ForAll("pieces") java.util.List<String> pieces) {
        StringBuilder html = new StringBuilder("<p>");
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).replace("&", "&amp;").replace("<", "&lt;");
            html.append(i % 2 == 0 ? piece : "<em>" + piece + "</em>");
        }
        java.util.List<String> paragraphs = new java.util.ArrayList<>();
        HtmlText.walk(org.jsoup.Jsoup.parse(html.append("</p>").toString()).body(), new TextSink() {
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
        String all = expected(String.join("", pieces));
        if (all.isEmpty()) {
            assertThat(paragraphs).isEmpty();
        } else {
            assertThat(paragraphs).containsExactly(all);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<java.util.List<String>> pieces() {
        return net.jqwik.api.Arbitraries.strings()
                .withChars(' ', ' ', ' ', '\n', '\t', '\r', '\u0000', '\u00A0', '\u2003', '\u3000', '\u001C', 'a', 'b', 'Z',
                        '.', ',', '\u00e9', '\u2019', '\u4e2d', '\u0001')
                .ofMaxLength(24).list().ofMaxSize(6);
    }
}
