package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of references as a list: under a heading "References", "Bibliography", "Literatur", "Références" (and a few
 * more, numbered or not), each paragraph that starts "[12]" or "12." is an entry whose number is its marker, outside
 * its text (as an HTML list's numbers are), when it follows the entry before it (the same style, the next number,
 * or 1 to start again); a paragraph that follows an entry without such a number (an entry broken by a column or
 * page, a line starting "17. edition") goes on in it. Entries without numbers (author and year, set with a hanging
 * indent) stay paragraphs: {@link Paragraphs} already makes one of each.
 */
final class References {
    private static final Pattern HEADING = Pattern.compile("(?iu)^(([0-9]+(\\.[0-9]+)*|[A-Z]|[IVX]+)\\.?\\s+)?"
            + "(references|bibliography|works cited|literature|literatur|literaturverzeichnis|références"
            + "|bibliographie|bibliografía|referencias|bibliografia|riferimenti)\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^((\\[)?([0-9]{1,4})(\\]|\\.))\\s+(\\S.*)$");

    private References() {}

    static List<PdfParagraph> list(List<PdfParagraph> text) {
        List<PdfParagraph> out = new ArrayList<>(text.size());
        boolean in = false;
        String style = null;
        int number = 0;
        for (PdfParagraph p : text) {
            if (p.kind() == PdfParagraph.Kind.HEADING) {
                in = HEADING.matcher(p.text().strip()).matches();
                style = null;
                out.add(p);
                continue;
            }
            if (in && p.kind() == PdfParagraph.Kind.TEXT) {
                Matcher m = ENTRY.matcher(p.text());
                PdfParagraph previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (m.matches() && (m.group(2) != null || m.group(3).length() < 4)) {
                    int n = Integer.parseInt(m.group(3));
                    String kind = m.group(4);
                    if (style == null && n == 1 || kind.equals(style) && (n == number + 1 || n == 1)) {
                        style = kind;
                        number = n;
                        out.add(p.asItem(m.group(5), m.group(1)));
                        continue;
                    }
                }
                if (previous != null && previous.kind() == PdfParagraph.Kind.ITEM && p.page() <= previous.page() + 1) {
                    StringBuilder joined = new StringBuilder(previous.text());
                    Footnotes.join(joined, p.text());
                    out.set(out.size() - 1, previous.asItem(joined.toString(), previous.marker()));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}
