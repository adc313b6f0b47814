package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each picture whose markup does not say its size the size its file's header says, when the article is read,
 * so the reading pane makes room for every picture before drawing it and nothing moves when one arrives. Pictures
 * that cannot be read keep no size: the page shows a placeholder of a set height for them.
 */
final class PictureSizes {
    /** Pictures whose header is read for one article; a book with more keeps the rest unsized. */
    static final int MAX_LOOKED_AT = 2_000;

    private PictureSizes() {}

    static Article fill(Article article) {
        if (article.pictureBase() == null || !needsSizes(article)) {
            return article;
        }
        int[] looked = {0};
        Map<String, int[]> known = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        for (Section s : article.sections()) {
            sections.add(fill(s, article.pictureBase(), known, looked));
        }
        return new Article(article.id(), article.title(), article.byline(), article.source(), article.date(),
                article.lead(), sections, article.truncated(), article.language(), article.leadPreformatted(),
                fill(article.leadForms(), article.pictureBase(), known, looked), article.pictureBase());
    }

    private static boolean needsSizes(Article article) {
        for (ParagraphForm f : article.leadForms().values()) {
            if (unsized(f)) {
                return true;
            }
        }
        java.util.ArrayDeque<Section> todo = new java.util.ArrayDeque<>(article.sections());
        while (!todo.isEmpty()) {
            Section s = todo.pop();
            for (ParagraphForm f : s.forms().values()) {
                if (unsized(f)) {
                    return true;
                }
            }
            todo.addAll(s.children());
        }
        return false;
    }

    private static boolean unsized(ParagraphForm f) {
        return f.picture() != null && !f.picture().sized() && !f.picture().remote();
    }

    private static Section fill(Section s, String base, Map<String, int[]> known, int[] looked) {
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(fill(c, base, known, looked));
        }
        return new Section(s.id(), s.title(), s.paragraphs(), children, s.preformatted(),
                fill(s.forms(), base, known, looked));
    }

    private static Map<Integer, ParagraphForm> fill(Map<Integer, ParagraphForm> forms, String base,
                                                    Map<String, int[]> known, int[] looked) {
        if (forms.values().stream().noneMatch(PictureSizes::unsized)) {
            return forms;
        }
        Map<Integer, ParagraphForm> out = new HashMap<>(forms);
        out.replaceAll((i, f) -> {
            if (!unsized(f) || looked[0] >= MAX_LOOKED_AT) {
                return f;
            }
            int[] size = known.computeIfAbsent(f.picture().source(), src -> {
                looked[0]++;
                try {
                    int[] read = PictureFiles.size(PictureFiles.read(base, f.picture()));
                    return read == null ? new int[2] : read;
                } catch (IOException e) {
                    return new int[2];
                }
            });
            Picture p = f.picture();
            return size[0] <= 0 ? f : new ParagraphForm(f.role(), f.depth(), f.marker(), f.align(), f.spans(),
                    new Picture(p.source(), p.alt(), size[0], size[1]), f.ids(), f.page(), f.ruleAbove());
        });
        return out;
    }
}
