package app.margin.article;

import app.margin.article.EpubPackage.Item;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of a book's spine that are read as its text: each once, in the place the spine first lists it.
 * Left out: the navigation document (it is the outline) and a document the zip does not hold. A spine may list a
 * document again, by the same item (EPUB 3.3 says an item's id "MUST NOT be referenced more than once") or through
 * another manifest item for the same file (epubcheck's OPF-074): SiSU lists each file of the Debian Live manual once
 * for every heading in it, as an item whose href is the file with the heading's fragment
 * ({@code about-manual.xhtml#o8}, a file foliate-js and calibre's conversion do not find), 190 listings of 47 files.
 * Read once per listing, the English manual came to 334,417 words and its section "8.4.5 APT pinning" to 110,438.
 */
final class EpubSpine {
    /** The documents to read, in reading order, each once. */
    final List<Item> chapters;
    /** How many bytes the zip says they unpack to. */
    final long bytes;
    /** Every listing of them, repeats included, in the spine's order: what names a book without an identifier. */
    private final List<Item> listed;

    private EpubSpine(List<Item> chapters, long bytes, List<Item> listed) {
        this.chapters = List.copyOf(chapters);
        this.bytes = bytes;
        this.listed = List.copyOf(listed);
    }

    static EpubSpine of(EpubPackage book, EpubArchive archive) {
        List<Item> chapters = new ArrayList<>();
        List<Item> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long bytes = 0;
        for (Item item : book.spine) {
            if (!item.isNav() && archive.has(item.path())) {
                listed.add(item);
                if (seen.add(item.path())) {
                    chapters.add(item);
                    bytes += archive.statedSize(item.path());
                }
            }
        }
        return new EpubSpine(chapters, bytes, listed);
    }

    /** Whether the spine lists a document more than once. */
    boolean repeats() {
        return listed.size() > chapters.size();
    }

    /**
     * Hashes every listed document's bytes in the spine's order, repeats included, as Margin named a book without an
     * identifier before it read each document once: its notes find it again under the same id.
     */
    void hashListings(MessageDigest digest, EpubArchive archive) throws ArticleException {
        for (Item item : listed) {
            digest.update(archive.read(item.path()));
        }
    }
}
