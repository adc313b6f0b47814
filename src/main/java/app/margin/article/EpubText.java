package app.margin.article;

import static app.margin.article.EpubImporter.PREFORMATTED;

import app.margin.article.EpubPackage.TocEntry;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An EPUB's text as {@link EpubImporter} collects it: each chapter's blocks ({@link ChapterText}), then the whole
 * spine as one run of blocks ({@link SpineText}) that knows where each file and element starts in it;
 * {@link EpubSections} makes the sections.
 */
final class EpubText {

    private EpubText() {}

    /** The words of a book's cover that has none of its own. */
    static final String COVER = "Cover";

    /**
     * Blocks as a text sink collects them: each block's string and one byte of level (0 for a paragraph,
     * {@link #PREFORMATTED} for a preformatted one, else the heading level), so they cost what their text does.
     */
    abstract static class Blocks implements TextSink {
        final List<String> texts = new ArrayList<>();
        /** The forms of the blocks that have one, by index. */
        final Map<Integer, ParagraphForm> forms = new HashMap<>();
        byte[] levels;

        Blocks(int capacity) {
            levels = new byte[capacity];
        }

        @Override
        public void heading(int level, String text) {
            add((byte) Math.max(1, Math.min(6, level)), text);
        }

        /** A heading keeps its spans in a form, whether it becomes a subheading or a section's title. */
        @Override
        public void heading(int level, String text, List<Span> spans) {
            if (!spans.isEmpty()) {
                forms.put(texts.size(), ParagraphForm.PLAIN.withSpans(spans));
            }
            heading(level, text);
        }

        @Override
        public void paragraph(String text) {
            add((byte) 0, text);
        }

        @Override
        public void paragraph(String text, ParagraphForm form) {
            if (!form.plain()) {
                forms.put(texts.size(), form);
            }
            add((byte) 0, text);
        }

        @Override
        public void preformatted(String text) {
            add(PREFORMATTED, text);
        }

        @Override
        public void preformatted(String text, ParagraphForm form) {
            if (!form.plain()) {
                forms.put(texts.size(), form);
            }
            add(PREFORMATTED, text);
        }

        final ParagraphForm formAt(int i) {
            return forms.getOrDefault(i, ParagraphForm.PLAIN);
        }

        final void add(byte level, String text) {
            if (texts.size() == levels.length) {
                levels = Arrays.copyOf(levels, levels.length * 2);
            }
            levels[texts.size()] = level;
            texts.add(text);
        }

        final byte level(int i) {
            return levels[i];
        }
    }

    /** One chapter file's blocks, with where each wanted element starts among them. */
    static final class ChapterText extends Blocks {
        final String path;
        final Map<String, Integer> anchors = new java.util.LinkedHashMap<>();

        ChapterText(String path) {
            super(64);
            this.path = path;
        }

        @Override
        public void anchor(String id) {
            anchors.putIfAbsent(id, texts.size());
        }
    }

    /**
     * The book's text as one flat run of blocks, with where each chapter file and each wanted element starts.
     * A block costs its string and one byte of level, so a long novel's paragraphs cost what their text does.
     */
    static final class SpineText extends Blocks {
        private final Map<String, Integer> starts = new HashMap<>();
        /** Chapters of the book not in this text (its beginning only): their entries come with the whole book. */
        private final Set<String> later;
        private String file = "";

        SpineText(Set<String> later) {
            super(256);
            this.later = later;
        }

        void startFile(String path) {
            file = path;
            starts.putIfAbsent(path, texts.size());
        }

        /** The next chapter file's blocks, as if they had been sent here one by one. */
        void add(ChapterText chapter) {
            startFile(chapter.path);
            int base = texts.size();
            chapter.anchors.forEach((id, at) -> {
                starts.putIfAbsent(file + "#" + id, base + at);
                starts.putIfAbsent("#" + id, base + at);
            });
            boolean named = false;
            for (int i = 0; i < chapter.texts.size(); i++) {
                ParagraphForm form = chapter.forms.get(i);
                if (!named && chapter.level(i) == 0) {
                    // A link to the chapter file lands at its first paragraph.
                    form = withId(form == null ? ParagraphForm.PLAIN : form, chapter.path);
                    named = true;
                }
                if (form != null) {
                    forms.put(texts.size(), form);
                }
                add(chapter.level(i), chapter.texts.get(i));
            }
        }

        @Override
        public void anchor(String id) {
            starts.putIfAbsent(file + "#" + id, texts.size());
            starts.putIfAbsent("#" + id, texts.size());
        }

        private static ParagraphForm withId(ParagraphForm form, String id) {
            List<String> ids = new ArrayList<>(form.ids());
            ids.add(id);
            return form.withIds(ids);
        }

        /** Drops the element ids no link in the book points at: chapters name every id they have. */
        void keepLinkedIds() {
            Set<String> linked = new java.util.HashSet<>();
            for (ParagraphForm form : forms.values()) {
                for (Span span : form.spans()) {
                    if (span.internal()) {
                        linked.add(span.target().substring(1));
                    }
                }
            }
            forms.replaceAll((i, form) -> form.ids().isEmpty() ? form
                    : form.withIds(form.ids().stream().filter(linked::contains).toList()));
        }

        /** Whether a chapter already shows this picture (a cover page in the spine). */
        boolean shows(String picture) {
            for (ParagraphForm form : forms.values()) {
                if (form.picture() != null && form.picture().source().equals(picture)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Names the book's cover "Cover" where a chapter shows it without words of its own (a cover page's bare
         * picture), as a cover only in the package's metadata is named.
         */
        void nameCover(String picture) {
            forms.replaceAll((i, form) -> {
                Picture p = form.picture();
                if (p == null || !p.source().equals(picture) || !texts.get(i).equals(HtmlFigures.NO_CAPTION)) {
                    return form;
                }
                texts.set(i, COVER);
                return form.withPicture(new Picture(p.source(), COVER, p.width(), p.height(), p.below()));
            });
        }

        String firstHeading() {
            for (int i = 0; i < texts.size(); i++) {
                if (levels[i] > 0) {
                    return texts.get(i);
                }
            }
            return null;
        }

        /** The block where a table-of-contents entry starts, or {@code null} when it points at nothing here. */
        Integer find(TocEntry entry) {
            if (entry.path() == null || later.contains(entry.path())) {
                return null;
            }
            if (entry.fragment().isEmpty()) {
                return starts.get(entry.path());
            }
            Integer at = starts.get(entry.path() + "#" + entry.fragment());
            if (at == null && !starts.containsKey(entry.path())) {
                at = starts.get("#" + entry.fragment()); // a file no longer in the book: the id wherever it is
            }
            return at != null ? at : starts.get(entry.path()); // an id the chapter does not have: its file's start
        }

        /** Whether the chapter file is left for the whole book (this text is its beginning only). */
        boolean later(String path) {
            return later.contains(path);
        }
    }
}
