package app.margin.article;

import app.margin.article.EpubPackage.TocEntry;
import app.margin.article.EpubText.ChapterText;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which chapters of a book are read when its spine marks some {@code linear="no"}: outside the reading order, as
 * readers leave them out of turning the pages. Such a chapter is read only where a reader reaches it: before the
 * reading order starts (a cover page), where the table of contents points into it, or where the rest of the text
 * links to it (a notes file), each in its place in the spine. The Ubuntu Packaging Guide lists its six translations
 * so, after the English chapters; read in their place, they ran on under its last entry, 100,000 words.
 */
final class EpubNonLinear {
    private EpubNonLinear() {}

    /**
     * The chapters read, in their order. Of a book's {@code beginning} (not {@code whole}), only those before the
     * first non-linear one that only a later chapter could reach: the beginning is then the whole book's start.
     */
    static List<ChapterText> reached(List<ChapterText> chapters, Set<String> nonLinear, List<TocEntry> toc,
                                     boolean whole) {
        if (nonLinear.isEmpty()) {
            return chapters;
        }
        Set<String> reached = new HashSet<>();
        tocFiles(toc, reached, 0);
        boolean[] kept = new boolean[chapters.size()];
        Map<String, List<Integer>> unkept = new HashMap<>();
        Deque<ChapterText> linking = new ArrayDeque<>();
        boolean front = true;
        for (int i = 0; i < chapters.size(); i++) {
            ChapterText chapter = chapters.get(i);
            boolean linear = !nonLinear.contains(chapter.path);
            front &= !linear;
            if (linear || front || reached.contains(chapter.path)) {
                kept[i] = true;
                linking.add(chapter);
            } else {
                unkept.computeIfAbsent(chapter.path, p -> new ArrayList<>()).add(i);
            }
        }
        Set<String> linked = new HashSet<>();
        while (!linking.isEmpty() && !unkept.isEmpty()) { // what a kept chapter links to is kept, and so on
            linked.clear();
            linkedFiles(linking.poll(), linked);
            for (String path : linked) {
                for (int i : unkept.getOrDefault(path, List.of())) {
                    kept[i] = true;
                    linking.add(chapters.get(i));
                }
                unkept.remove(path);
            }
        }
        List<ChapterText> read = new ArrayList<>(chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            if (kept[i]) {
                read.add(chapters.get(i));
            } else if (!whole) {
                break;
            }
        }
        return read;
    }

    private static void tocFiles(List<TocEntry> entries, Set<String> files, int depth) {
        for (TocEntry entry : entries) {
            if (entry.path() != null) {
                files.add(entry.path());
            }
            if (depth < 64) {
                tocFiles(entry.children(), files, depth + 1);
            }
        }
    }

    /** The chapter files a chapter's links point into ({@code "#path"} or {@code "#path#id"}). */
    private static void linkedFiles(ChapterText chapter, Set<String> files) {
        for (ParagraphForm form : chapter.forms.values()) {
            for (Span span : form.spans()) {
                if (span.internal()) {
                    int hash = span.target().indexOf('#', 1);
                    files.add(span.target().substring(1, hash < 0 ? span.target().length() : hash));
                }
            }
        }
    }
}
