package app.margin.article;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTML body walked as the importers walk it ({@link HtmlText#walk}), its blocks in order: a heading's text as
 * "h2 Title", a preformatted block's as "code:" and its text, each with its form.
 */
final class WalkedHtml implements TextSink {
    final List<String> texts = new ArrayList<>();
    final List<ParagraphForm> forms = new ArrayList<>();

    static WalkedHtml of(String body) {
        Element root = Jsoup.parse("<html><body>" + body + "</body></html>").body();
        WalkedHtml sink = new WalkedHtml();
        HtmlText.walk(root, sink);
        return sink;
    }

    @Override
    public void heading(int level, String text) {
        texts.add("h" + level + " " + text);
        forms.add(ParagraphForm.PLAIN);
    }

    @Override
    public void paragraph(String text) {
        paragraph(text, ParagraphForm.PLAIN);
    }

    @Override
    public void paragraph(String text, ParagraphForm form) {
        texts.add(text);
        forms.add(form);
    }

    @Override
    public void preformatted(String text, ParagraphForm form) {
        texts.add("code:" + text);
        forms.add(form);
    }
}
