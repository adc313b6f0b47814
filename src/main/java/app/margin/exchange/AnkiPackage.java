package app.margin.exchange;

import app.margin.model.Article;
import app.margin.model.study.Card;
import app.margin.store.AnkiCollectionFile;
import app.margin.store.AnkiCollectionFile.AnkiCard;
import app.margin.store.AnkiCollectionFile.AnkiNote;
import app.margin.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Entities;

/**
 * Cards as an Anki package ({@code .apkg}): a zip holding {@code collection.anki2}, a collection in Anki's legacy
 * schema 11 that every current Anki imports (File → Import), and {@code media}, the (empty) media map {@code {}}.
 *
 * <p>What it holds, by Anki's rules:
 * <ul>
 *   <li>two note types with fixed ids, so a second export uses the same ones: "Basic (Margin)" (standard, fields
 *       Front and Back, one template) and "Cloze (Margin)" (cloze, fields Text and Back Extra, the template
 *       {@code {{cloze:Text}}});</li>
 *   <li>one deck per article, named after its title, its id taken from the article's id so it is the same at
 *       every export;</li>
 *   <li>one note per card, with the guid {@code margin-<card id>} (as the text export's guid column), so importing
 *       a later export updates the notes instead of adding them again; its {@code mod} the later of the card's
 *       change and its annotation's, as Anki updates a note only from a newer one; tags the article's title,
 *       {@code Title::Section} and the annotation's own; the same HTML fields as {@link AnkiExport};</li>
 *   <li>the cards Anki would make of each note: a basic note's one card (ord 0), and for a cloze note one card for
 *       each distinct cloze number N in its text, ord N − 1 (Margin hides all its words as c1: one card). Cards are
 *       new, in the order made; the review history stays in Margin.</li>
 * </ul>
 * The notes' {@code sfld} is the first field without HTML and {@code csum} the first 8 hex digits of its SHA-1, as
 * Anki computes them for duplicate checks.
 */
public final class AnkiPackage {

    public static final long BASIC_MODEL_ID = 1_718_000_000_001L;
    public static final long CLOZE_MODEL_ID = 1_718_000_000_002L;
    public static final String BASIC_MODEL = "Basic (Margin)";
    public static final String CLOZE_MODEL = "Cloze (Margin)";
    /** The collection's default deck and options group, which every collection has. */
    static final long DEFAULT_ID = 1;
    static final char FIELD_SEPARATOR = '\u001f';

    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::");
    private AnkiPackage() {}

    /** Writes the package whole or not at all. */
    public static void write(Path file, Article article, List<Card> cards, Clock clock) throws ExchangeException {
        Path work = null;
        try {
            work = Files.createTempDirectory("margin-apkg");
            Path db = work.resolve("collection.anki2");
            collection(db, article, cards, clock.instant());
            byte[] collection = Files.readAllBytes(db);
            app.margin.files.AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(collection);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.finish();
            });
        } catch (IOException | StoreException e) {
            throw new ExchangeException("Margin could not write the Anki package " + file.getFileName() + ": "
                    + e.getMessage(), e);
        } finally {
            if (work != null) {
                try (var files = Files.list(work)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(work);
                } catch (IOException ignored) {
                    // a temporary folder left behind; the package itself is whole or absent
                }
            }
        }
    }

    /** Writes the collection file of the package. */
    static void collection(Path db, Article article, List<Card> cards, Instant now) throws StoreException,
            IOException {
        long deckId = deckId(article.id());
        Map<String, String> sections = AnkiExport.sectionTitles(article);
        CardMarks marks = CardMarks.of(article);
        List<AnkiNote> notes = new ArrayList<>();
        List<AnkiCard> ankiCards = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        Set<Long> cardIds = new HashSet<>();
        long due = 1;
        for (Card card : cards) {
            long id = card.created().toEpochMilli();
            while (!ids.add(id)) {
                id++;
            }
            AnkiExport.AnkiRow row = AnkiExport.row(article, sections, card, marks);
            boolean cloze = row.cloze();
            List<String> fields = row.fields();
            String sortField = stripHtml(fields.get(0));
            String tags = " " + String.join(" ", row.tags()) + " ";
            // Anki updates a note on import only when the incoming one is newer: the card's or its annotation's
            // change, whichever is later, so editing the highlight's note updates the note in Anki
            long mod = card.changed().getEpochSecond();
            notes.add(new AnkiNote(id, row.guid(), cloze ? CLOZE_MODEL_ID : BASIC_MODEL_ID, mod, tags,
                    String.join(String.valueOf(FIELD_SEPARATOR), fields), sortField, checksum(sortField)));
            for (int ord : cloze ? clozeOrdinals(fields.get(0)) : List.of(0)) {
                long cardId = id + ord;
                while (!cardIds.add(cardId)) {
                    cardId++;
                }
                ankiCards.add(new AnkiCard(cardId, id, deckId, ord, mod, due++));
            }
        }
        long nowSeconds = now.getEpochSecond();
        AnkiCollectionFile.write(db, new AnkiCollectionFile.Collection(nowSeconds - nowSeconds % 86_400,
                now.toEpochMilli(), AnkiCollectionJson.conf(deckId), AnkiCollectionJson.models(deckId, nowSeconds),
                AnkiCollectionJson.decks(deckId, deckName(article), nowSeconds), AnkiCollectionJson.dconf()), notes,
                ankiCards);
    }

    /** The note's guid: the same for the same card at every export (and in the text export). */
    static String guid(Card card) {
        return "margin-" + card.id();
    }

    /** The deck's id, the same for the same article at every export: above Anki's default deck, below 2^53. */
    static long deckId(String articleId) {
        byte[] h = sha1(articleId);
        long v = 0;
        for (int i = 0; i < 5; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return 1_000_000_000_000L + v;
    }

    /** The article's title as a deck name: Anki reads "::" as a sub-deck, so it is not left in. */
    static String deckName(Article article) {
        String name = article.title().replace("::", ": ").replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? "Margin" : name;
    }

    /** The card ordinals Anki makes of a cloze field: each distinct {@code {{cN::} less one (N ≥ 1), sorted. */
    static List<Integer> clozeOrdinals(String text) {
        TreeSet<Integer> ords = new TreeSet<>();
        Matcher m = CLOZE.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n > 0) {
                ords.add(n - 1);
            }
        }
        if (ords.isEmpty()) {
            ords.add(0); // Anki still makes the first card, which shows an empty-cloze warning
        }
        return List.copyOf(ords);
    }

    /** A field's text without HTML, as Anki keeps it for sorting and duplicate checks. */
    static String stripHtml(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", "").replace("&nbsp;", " ");
        return Entities.unescape(text).strip();
    }

    /** The first 8 hex digits of the SHA-1 of the text, as a number (Anki's field checksum). */
    static long checksum(String text) {
        byte[] h = sha1(text);
        return ((long) (h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }
}
