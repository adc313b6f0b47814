package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A slide deck's frame titles. In a deck (three slides or more, and most pages slides: wider than tall) a heading that
 * is the first paragraph of its slide and stands in the slide's top third is its frame title, but on the first slide
 * (a title slide's title is the document's). A frame continued on the
 * next slides (beamer's {@code allowframebreaks}: "Bibliography I", "Bibliography II"; "Results (cont.)") or a frame
 * title said again on the next slide makes no second section: the repeated title leaves the text. When the document
 * has bookmarks (beamer's are its sections and subsections), each frame title becomes an entry of the outline under
 * the bookmark before it, and leaves the text as a bookmark's heading does; else it is a heading like any other.
 */
final class FrameTitles {
    /** What a continued frame adds to its title: "(cont.)", "(Forts.)", "(suite)", "II", "(2/3)", "2/3". */
    private static final Pattern CONTINUED = Pattern.compile("(?iu)\\s*(\\((cont(\\.|inued|'d)?|forts(\\.|etzung)?"
            + "|suite|cont\\.?)\\)|\\b[IVX]{1,4}|\\(?\\d{1,2}\\s*/\\s*\\d{1,2}\\)?)$");
    /** How far down its slide a frame title may start: the top third. */
    private static final float TOP = 1 / 3f;

    private FrameTitles() {}

    /** Whether the document is a slide deck: three slides or more, more than half its pages read. */
    static boolean deck(java.util.Map<Integer, Graphics.Drawn> drawn) {
        int slides = 0;
        for (Graphics.Drawn page : drawn.values()) {
            if (page.width() > page.height()) {
                slides++;
            }
        }
        return slides >= 3 && 2 * slides > drawn.size();
    }

    /**
     * Which paragraphs are frame titles: a heading first on its slide (notes aside), not the first slide's, in the
     * slide's top third; of those, the ones in the type most of them are set in and within an em and a half of their
     * middle height (a title slide's title, or a placeholder's "Image" at a slide's top, is none); and none that says
     * what the beginning of the {@code document}'s title says (a title slide shown again).
     */
    static boolean[] titles(List<PdfParagraph> text, java.util.Map<Integer, Graphics.Drawn> drawn, String document) {
        boolean[] title = new boolean[text.size()];
        String named = document == null ? "" : said(document);
        java.util.Map<Integer, Integer> types = new java.util.HashMap<>();
        for (int at = 0; at < text.size(); at++) {
            String said = said(text.get(at).text());
            title[at] = candidate(text, at, drawn) && (named.isEmpty() || !named.startsWith(said));
            if (title[at]) {
                types.merge(type(text.get(at)), 1, Integer::sum);
            }
        }
        if (types.isEmpty()) {
            return title;
        }
        int common = java.util.Collections.max(types.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
        List<Float> heights = new ArrayList<>();
        for (int at = 0; at < text.size(); at++) {
            if (title[at] && type(text.get(at)) == common) {
                heights.add(text.get(at).y());
            }
        }
        java.util.Collections.sort(heights);
        float middle = heights.get(heights.size() / 2);
        for (int at = 0; at < text.size(); at++) {
            PdfParagraph p = text.get(at);
            title[at] &= type(p) == common && Math.abs(p.y() - middle) <= 1.5f * p.size();
        }
        return title;
    }

    /** A paragraph's type: its size to the half point, and whether bold. */
    private static int type(PdfParagraph p) {
        return Math.round(p.size() * 2) * 2 + (p.bold() ? 1 : 0);
    }

    private static boolean candidate(List<PdfParagraph> text, int at, java.util.Map<Integer, Graphics.Drawn> drawn) {
        PdfParagraph p = text.get(at);
        Graphics.Drawn page = drawn.get(p.page());
        if (p.kind() != PdfParagraph.Kind.HEADING || p.page() == 0 || page == null || page.width() <= page.height()
                || p.y() > TOP * page.height()) {
            return false;
        }
        for (int i = at - 1; i >= 0 && text.get(i).page() == p.page(); i--) {
            if (text.get(i).kind() != PdfParagraph.Kind.NOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The paragraphs without the frame titles that say again the title of the frame before (a continued frame's):
     * its section goes on.
     */
    static List<PdfParagraph> once(List<PdfParagraph> text, java.util.Map<Integer, Graphics.Drawn> drawn,
            String document) {
        boolean[] title = titles(text, drawn, document);
        List<PdfParagraph> out = new ArrayList<>(text.size());
        String before = null;
        for (int i = 0; i < text.size(); i++) {
            if (!title[i]) {
                out.add(text.get(i));
                continue;
            }
            String said = said(text.get(i).text());
            if (!said.equals(before)) {
                out.add(text.get(i));
            }
            before = said;
        }
        return out;
    }

    /**
     * The bookmarks with each frame title put in among them, one level under the bookmark before it, its paragraph
     * taken out of {@code text} (a bookmark stands for its heading); a frame title that says what the entry before
     * it says adds none (a section's first frame titled as the section). A bookmark placed just after a frame title on
     * its slide (a section's bookmark names the top of the section's first slide) comes before it. {@code marks} are
     * in order of their paragraphs.
     */
    static List<PdfText.Bookmark> outline(List<PdfText.Bookmark> marks, List<PdfParagraph> text,
            java.util.Map<Integer, Graphics.Drawn> drawn, String document) {
        boolean[] title = titles(text, drawn, document);
        List<PdfText.Bookmark> out = new ArrayList<>(marks.size());
        List<Integer> taken = new ArrayList<>();
        int next = 0;
        int level = 0;
        String last = null; // what the entry before says
        for (int i = 0; i < text.size(); i++) {
            int upTo = title[i] && i + 1 < text.size() && text.get(i + 1).page() == text.get(i).page() ? i + 1 : i;
            while (next < marks.size() && marks.get(next).paragraph() <= upTo) {
                PdfText.Bookmark b = marks.get(next++);
                int at = Math.min(b.paragraph(), i) - taken.size();
                out.add(new PdfText.Bookmark(b.title(), b.level(), at, b.id()));
                level = b.level();
                last = said(b.title());
            }
            if (title[i]) {
                PdfParagraph p = text.get(i);
                if (!said(p.text()).equals(last)) { // a section's first frame, titled as the section, adds none
                    out.add(new PdfText.Bookmark(p.text(), Math.min(12, level + 1), i - taken.size(), p.id()));
                }
                last = said(p.text());
                taken.add(i);
            }
        }
        for (; next < marks.size(); next++) {
            PdfText.Bookmark b = marks.get(next);
            out.add(new PdfText.Bookmark(b.title(), b.level(), b.paragraph() - taken.size(), b.id()));
        }
        for (int k = taken.size() - 1; k >= 0; k--) {
            text.remove((int) taken.get(k));
        }
        return out;
    }

    /** A frame title without what a continued frame adds, its letters in lower case. */
    static String said(String title) {
        String plain = CONTINUED.matcher(title.strip()).replaceFirst("");
        StringBuilder out = new StringBuilder(plain.length());
        plain.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.length() == 0 ? title : out.toString();
    }
}
