package app.margin.exchange.readers;

import app.margin.exchange.AnnotationExport;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.ExportData;
import app.margin.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file of annotations whatever wrote it, telling the format from the content (and a {@code .lua} name):
 * Margin's own JSON export, W3C Web Annotations, Kindle's {@code My Clippings.txt}, a KOReader sidecar or JSON
 * export, calibre's annotations or highlights export, Foliate's book JSON.
 */
public final class ReaderFiles {

    /** What a file held: Margin's own annotations (its JSON or W3C), or another reader's marks to place. */
    public sealed interface Incoming {
        ReaderFormat format();
    }

    /** Annotations already anchored the way Margin anchors them, for one article. */
    public record Anchored(ReaderFormat format, ExportData data, List<String> skipped) implements Incoming {
        public Anchored {
            skipped = List.copyOf(skipped);
        }
    }

    /** Another reader's marks, to be placed by their words. */
    public record Foreign(ForeignFile file) implements Incoming {
        @Override
        public ReaderFormat format() {
            return file.format();
        }
    }

    private static final int HEAD = 64 * 1024;

    private ReaderFiles() {}

    public static Incoming read(Path file, ZoneId zone) throws ReaderException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ReaderException(name + " is a folder, not a file of highlights.");
            }
            long size = Files.size(file);
            try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD)) {
                in.mark(HEAD);
                byte[] head = in.readNBytes(HEAD);
                in.reset();
                return read(in, head, name, size, zone);
            }
        } catch (NoSuchFileException e) {
            throw new ReaderException(name + " does not exist (looked for " + file + ").", e);
        } catch (IOException e) {
            throw new ReaderException("Margin could not read " + name + ".", e);
        }
    }

    private static Incoming read(InputStream in, byte[] headBytes, String name, long size, ZoneId zone)
            throws IOException, ReaderException {
        String head = new String(headBytes, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (head.isEmpty()) {
            throw new ReaderException(name + " is empty; it holds no highlights.");
        }
        boolean lua = name.toLowerCase(Locale.ROOT).endsWith(".lua");
        if (!lua && (head.startsWith("{") || head.startsWith("["))) {
            return json(in, head, name, size);
        }
        if (lua || head.startsWith("return") || head.startsWith("--")) {
            if (size > ReaderJson.MAX_BYTES) {
                throw new ReaderException(name + " is larger than 64 MiB, far more than a KOReader sidecar holds.");
            }
            return new Foreign(KoreaderSidecar.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name,
                    zone));
        }
        if (head.contains("==========") || head.lines().anyMatch(l -> KindleHeader.looksLikeHeader(l.strip()))) {
            return new Foreign(KindleClippings.read(in, name, zone));
        }
        throw new ReaderException(name + " is not a file Margin imports highlights from: it is not Kindle's My"
                + " Clippings.txt, a KOReader sidecar, calibre or Foliate annotations, W3C Web Annotations or a"
                + " Margin notes file.");
    }

    private static Incoming json(InputStream in, String head, String name, long size) throws ReaderException {
        if (head.contains("\"margin-annotations\"")) {
            try {
                return new Anchored(ReaderFormat.MARGIN, AnnotationExport.read(in, name), List.of());
            } catch (ExchangeException e) {
                throw new ReaderException(e.getMessage(), e);
            }
        }
        if (head.contains("w3.org/ns/anno.jsonld") && head.contains("\"margin:article\"")) {
            if (size > WebAnnotationStream.MAX_BYTES) {
                throw new ReaderException(name + " is larger than 256 MiB, the most Margin reads as W3C annotations.");
            }
            WebAnnotationReader.Read read = WebAnnotationStream.read(in, name);
            return new Anchored(ReaderFormat.W3C, read.data(), read.skipped());
        }
        if (size > ReaderJson.MAX_BYTES) {
            throw new ReaderException(name + " is larger than 64 MiB, the most Margin reads as a file of highlights.");
        }
        JsonValue root = ReaderJson.read(in, name);
        if (WebAnnotationReader.matches(root)) {
            if (!WebAnnotationReader.fromMargin(root)) {
                return new Foreign(WebAnnotationReader.foreign(root, name));
            }
            WebAnnotationReader.Read read = WebAnnotationReader.read(root, name);
            return new Anchored(ReaderFormat.W3C, read.data(), read.skipped());
        }
        if (CalibreAnnotations.matches(root)) {
            return new Foreign(CalibreAnnotations.read(root, name));
        }
        if (FoliateAnnotations.matches(root)) {
            return new Foreign(FoliateAnnotations.read(root, name));
        }
        if (KoreaderJson.matches(root)) {
            return new Foreign(KoreaderJson.read(root, name));
        }
        throw new ReaderException(name + " is JSON, but not annotations Margin knows: not Margin's export, W3C Web"
                + " Annotations, calibre's or Foliate's annotations, or KOReader's JSON export.");
    }
}
