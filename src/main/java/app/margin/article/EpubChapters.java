package app.margin.article;

import app.margin.article.EpubPackage.Item;
import app.margin.article.EpubText.ChapterText;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the chapters on two threads, this one and one of the common pool's: each unpacks the next chapter (in
 * spine order, one at a time, as the archive and the hash need) and then parses and walks it on its own. Only
 * the chapters being read are held as bytes and documents. A long novel is mostly its chapters' parse and
 * walk, so on two cores it reads in a little over half the time. While the first chapters are being handed over
 * (until {@code opening} returns), neither thread starts another chapter: whoever takes them can have the
 * cores to show them first.
 */
final class EpubChapters {
    private final EpubArchive archive;
    private final List<Item> items;
    private final Map<String, Set<String>> wanted;
    private final MessageDigest digest;
    private final String name;
    private final ChapterText[] done;
    private int next;
    private Throwable failure;
    /** Handed the first chapters once they hold {@link EpubImporter#BEGINNING_BLOCKS} blocks; null once handed. */
    private java.util.function.Consumer<List<ChapterText>> opening;
    /** How many chapters from the first are read, and the blocks in them. */
    private int readInOrder;
    private int blocksInOrder;
    /** Whether the first chapters are being handed over: no chapter is started meanwhile. */
    private boolean holding;

EpubChapters(EpubArchive archive, List<Item> items, Map<String, Set<String>> wanted, MessageDigest digest,
             String name, java.util.function.Consumer<List<ChapterText>> opening) {
        this.archive = archive;
        this.items = items;
        this.wanted = wanted;
        this.digest = digest;
        this.name = name;
        this.done = new ChapterText[items.size()];
        this.opening = opening;
    }

    private Set<String> wantedIn(String path) {
        Set<String> inFile = wanted.getOrDefault(path, Set.of());
        Set<String> anywhere = wanted.getOrDefault(EpubImporter.ANY_FILE, Set.of());
        if (inFile.isEmpty() || anywhere.isEmpty()) {
            return inFile.isEmpty() ? anywhere : inFile;
        }
        Set<String> both = new HashSet<>(anywhere);
        both.addAll(inFile);
        return both;
    }

    List<ChapterText> read() throws ArticleException {
        java.util.concurrent.CompletableFuture<Void> helper = items.size() > 1
                ? java.util.concurrent.CompletableFuture.runAsync(this::work) : null;
        work();
        if (helper != null) {
            helper.join(); // work() catches everything, so this only waits
        }
        if (failure instanceof ArticleException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return Arrays.asList(done);
    }

    private void work() {
        // Below the window's threads: a book read at start competes with painting its first chapters (where
        // the runtime applies priorities; the installed one does, see packaging/build.sh).
        Thread me = Thread.currentThread();
        int priority = me.getPriority();
        me.setPriority(Thread.MIN_PRIORITY);
        try {
            while (true) {
                int i;
                byte[] bytes;
                synchronized (this) {
                    while (holding && failure == null) {
                        wait();
                    }
                    if (failure != null || next == items.size()) {
                        return;
                    }
                    i = next++;
                    bytes = archive.read(items.get(i).path());
                    if (digest != null) {
                        digest.update(bytes);
                    }
                }
                Item item = items.get(i);
                Document chapter = item.isXml() ? EpubPackage.xml(bytes, name)
                        : HtmlImporter.parse(bytes, name, false);
                bytes = null;
                ChapterText text = new ChapterText(item.path());
                Element body = chapter.body() != null ? chapter.body() : chapter;
                EpubNavigation.dropFrom(chapter, body);
                HtmlText.walk(body, text, wantedIn(item.path()), PageLinks.ofChapter(item.path()));
                java.util.function.Consumer<List<ChapterText>> handOver = null;
                List<ChapterText> first = null;
                synchronized (this) {
                    done[i] = text;
                    while (readInOrder < done.length && done[readInOrder] != null) {
                        blocksInOrder += done[readInOrder].texts.size();
                        readInOrder++;
                    }
                    if (opening != null && blocksInOrder >= EpubImporter.BEGINNING_BLOCKS && readInOrder < done.length) {
                        handOver = opening;
                        opening = null;
                        holding = true;
                        first = List.copyOf(Arrays.asList(done).subList(0, readInOrder));
                    }
                }
                if (handOver != null) {
                    try {
                        handOver.accept(first); // outside the lock: the other thread finishes its chapter
                    } finally {
                        synchronized (this) {
                            holding = false;
                            notifyAll();
                        }
                    }
                }
            }
        } catch (Throwable t) {
            synchronized (this) {
                if (failure == null) {
                    failure = t;
                }
                notifyAll();
            }
        } finally {
            me.setPriority(priority);
        }
    }
}
