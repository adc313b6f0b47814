package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
        Headers headers = new Headers(article.pictureBase());
        try {
            List<Section> sections = new ArrayList<>();
            for (Section s : article.sections()) {
                sections.add(fill(s, headers));
            }
            return new Article(article.id(), article.title(), article.byline(), article.source(), article.date(),
                    article.lead(), sections, article.truncated(), article.language(), article.leadPreformatted(),
                    fill(article.leadForms(), headers), article.pictureBase(), article.pages());
        } finally {
            headers.close();
        }
    }

    /**
     * Reads pictures' sizes for one article, each picture once. A book's pictures are read from its zip opened once,
     * and only as far as their headers: opening the zip and unpacking each picture whole was ~0.5 ms a picture,
     * 60 ms before the first page of a book with 120 figures.
     */
    private static final class Headers {
        private final String base;
        private final Map<String, int[]> known = new HashMap<>();
        private ZipFile zip;
        private boolean zipTried;
        private int looked;

        Headers(String base) {
            this.base = base;
        }

        /** The picture's size, {@code {0, 0}} when it cannot be read or when too many were looked at already. */
        int[] size(Picture picture) {
            if (looked >= MAX_LOOKED_AT && !known.containsKey(picture.source())) {
                return new int[2];
            }
            return known.computeIfAbsent(picture.source(), src -> {
                looked++;
                try {
                    int[] read = inBook(picture);
                    if (read == null) {
                        read = PictureFiles.size(PictureFiles.read(base, picture));
                    }
                    return read == null ? new int[2] : read;
                } catch (IOException e) {
                    return new int[2];
                }
            });
        }

        /** From the book's zip, the header alone; {@code null} when the base is no zip or the header says nothing. */
        private int[] inBook(Picture picture) throws IOException {
            String source = picture.source();
            if (picture.remote() || source.regionMatches(true, 0, "data:", 0, 5) || book() == null) {
                return null;
            }
            ZipEntry entry = zip.getEntry(source);
            if (entry == null || entry.isDirectory() || entry.getSize() > PictureFiles.MAX_BYTES) {
                return new int[2]; // not in the book, or too large: PictureFiles.read refuses it
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return PictureHeaders.size(in);
            }
        }

        private ZipFile book() {
            if (!zipTried) {
                zipTried = true;
                Path at = Path.of(base);
                if (Files.isRegularFile(at)) {
                    try {
                        zip = new ZipFile(at.toFile());
                    } catch (IOException e) {
                        zip = null; // each picture then says why, through PictureFiles
                    }
                }
            }
            return zip;
        }

        void close() {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
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

    private static Section fill(Section s, Headers headers) {
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(fill(c, headers));
        }
        return new Section(s.id(), s.title(), s.paragraphs(), children, s.preformatted(), fill(s.forms(), headers),
                s.titleSpans());
    }

    private static Map<Integer, ParagraphForm> fill(Map<Integer, ParagraphForm> forms, Headers headers) {
        if (forms.values().stream().noneMatch(PictureSizes::unsized)) {
            return forms;
        }
        Map<Integer, ParagraphForm> out = new HashMap<>(forms);
        out.replaceAll((i, f) -> {
            if (!unsized(f)) {
                return f;
            }
            int[] size = headers.size(f.picture());
            Picture p = f.picture();
            return size[0] <= 0 ? f : f.withPicture(p.sized(size[0], size[1]));
        });
        return out;
    }
}
