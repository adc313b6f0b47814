package app.margin.article.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Unpacks a page's content streams, and those of the forms it draws (nested up to {@link #MAX_DEPTH}), counting
 * bytes, before PDFBox parses them: a stream that unpacks to gigabytes from a few kilobytes (a decompression bomb)
 * is caught at the limit, in a fraction of a second, instead of being parsed for minutes.
 */
final class ContentSize {
    static final int MAX_DEPTH = 4;

    /** Thrown when the page's drawing is larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the page's drawing unpacks to too much");
        }
    }

    interface Clock {
        void check() throws IOException;
    }

    private ContentSize() {}

    static void check(PDPage page, long limit, Clock clock) throws IOException {
        long[] left = {limit};
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            count(streams.next(), left, clock);
        }
        forms(page.getResources(), left, clock, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void forms(PDResources resources, long[] left, Clock clock, int depth, Set<Object> seen)
            throws IOException {
        if (resources == null || depth >= MAX_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                count(form.getContentStream(), left, clock);
                forms(form.getResources(), left, clock, depth + 1, seen);
            }
        }
    }

    private static void count(PDStream stream, long[] left, Clock clock) throws IOException {
        if (stream == null) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = stream.createInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                left[0] -= n;
                if (left[0] < 0) {
                    throw new TooLarge();
                }
                clock.check();
            }
        }
    }
}
