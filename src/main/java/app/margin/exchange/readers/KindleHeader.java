package app.margin.exchange.readers;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second line of a Kindle clipping, in the languages Kindle writes it: "- Your Highlight on page 12 | Location
 * 180-182 | Added on Monday, 7 December 2026 10:20:31", "- Ihre Markierung auf Seite 12 | Position 180-182 |
 * Hinzugefügt am Montag, 7. Dezember 2026 10:20:31", "- 12ページ|位置No. 180-182のハイライト |作成日: 2026年12月7日月曜日
 * 10:20:31"… What kind of clipping it is, its location range and page, and when it was added.
 *
 * @param kind          highlight, note or bookmark
 * @param locationStart the first Kindle location, or -1
 * @param locationEnd   the last Kindle location (the first when only one is given), or -1
 * @param page          the page as written, or {@code ""}
 * @param added         when it was added, or {@code null} when the date could not be read
 */
record KindleHeader(ForeignHighlight.Kind kind, int locationStart, int locationEnd, String page, Instant added) {

    private static final List<String> BOOKMARK = List.of("bookmark", "lesezeichen", "signet", "marcador", "segnalibro",
            "marcapáginas", "ブックマーク");
    private static final List<String> HIGHLIGHT = List.of("highlight", "markierung", "surlignement", "subrayado",
            "evidenziazione", "destaque", "ハイライト");
    private static final List<String> NOTE = List.of("note", "notiz", "nota", "メモ");
    private static final List<String> LOCATION = List.of("location", "loc.", "position", "emplacement", "posición",
            "posizione", "posição", "位置");
    private static final List<String> PAGE = List.of("page", "seite", "página", "pagina", "ページ");

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|午前|午後)?");
    private static final Pattern JAPANESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = months();

    /** Whether {@code line} looks like a clipping's second line (it starts "- " and names a kind of clipping). */
    static boolean looksLikeHeader(String line) {
        if (!line.startsWith("- ") || line.indexOf('|') < 0) {
            return false;
        }
        return kindOf(line.toLowerCase(Locale.ROOT)) != null;
    }

    /** The header, or {@code null} when the line names no kind of clipping. */
    static KindleHeader parse(String line, ZoneId zone) {
        String lower = line.toLowerCase(Locale.ROOT);
        String[] parts = lower.substring(lower.startsWith("- ") ? 2 : 0).split("\\|");
        String datePart = parts.length > 1 ? parts[parts.length - 1] : "";
        String marks = lower.substring(0, lower.length() - datePart.length());
        ForeignHighlight.Kind kind = kindOf(marks);
        if (kind == null) {
            return null;
        }
        int start = -1;
        int end = -1;
        String page = "";
        for (int i = 0; i < parts.length - (parts.length > 1 ? 1 : 0); i++) {
            String part = parts[i];
            int at = indexOfAny(part, LOCATION);
            if (at >= 0) {
                Matcher range = RANGE.matcher(part);
                if (range.find(at)) {
                    start = Integer.parseInt(range.group(1));
                    end = range.group(2) == null ? start : expand(start, range.group(2));
                }
            } else if (indexOfAny(part, PAGE) >= 0) {
                Matcher number = RANGE.matcher(part);
                if (number.find()) {
                    page = number.group();
                }
            }
        }
        return new KindleHeader(kind, start, end, page, time(datePart, zone));
    }

    /** "Location 180-182, page 12", for messages and the unplaced list. */
    String describe() {
        StringBuilder out = new StringBuilder();
        if (locationStart >= 0) {
            out.append("Location ").append(locationStart);
            if (locationEnd != locationStart) {
                out.append('-').append(locationEnd);
            }
        }
        if (!page.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append("page ").append(page);
        }
        return out.toString();
    }

    /** Whether location {@code at} is within this clipping's range. */
    boolean covers(int at) {
        return locationStart >= 0 && at >= locationStart && at <= locationEnd;
    }

    private static ForeignHighlight.Kind kindOf(String lower) {
        if (indexOfAny(lower, BOOKMARK) >= 0) {
            return ForeignHighlight.Kind.BOOKMARK;
        }
        if (indexOfAny(lower, HIGHLIGHT) >= 0) {
            return ForeignHighlight.Kind.HIGHLIGHT;
        }
        return indexOfAny(lower, NOTE) >= 0 ? ForeignHighlight.Kind.NOTE : null;
    }

    private static int indexOfAny(String text, List<String> words) {
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Old Kindles shorten the end of a range: "1180-82" is 1180 to 1182. */
    private static int expand(int start, String endDigits) {
        String first = Integer.toString(start);
        if (endDigits.length() >= first.length()) {
            return Integer.parseInt(endDigits);
        }
        return Integer.parseInt(first.substring(0, first.length() - endDigits.length()) + endDigits);
    }

    /** The added time in the reader's time zone (Kindle writes local time), or null when it cannot be read. */
    static Instant time(String datePart, ZoneId zone) {
        String text = Normalizer.normalize(datePart.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        Matcher clock = TIME.matcher(text);
        if (!clock.find()) {
            return null;
        }
        String date = text.substring(0, clock.start());
        int year;
        int month;
        int day;
        Matcher japanese = JAPANESE_DATE.matcher(date);
        if (japanese.find()) {
            year = Integer.parseInt(japanese.group(1));
            month = Integer.parseInt(japanese.group(2));
            day = Integer.parseInt(japanese.group(3));
        } else {
            Matcher y = YEAR.matcher(date);
            Integer m = monthIn(date);
            if (!y.find() || m == null) {
                return null;
            }
            year = Integer.parseInt(y.group(1));
            month = m;
            Matcher d = DAY.matcher(date.replace(y.group(1), " "));
            if (!d.find()) {
                return null;
            }
            day = Integer.parseInt(d.group(1));
        }
        int hour = Integer.parseInt(clock.group(1));
        String half = clock.group(4);
        if (half != null) {
            boolean pm = half.startsWith("p") || half.equals("午後");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, Integer.parseInt(clock.group(2)),
                    clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)));
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer monthIn(String date) {
        for (String word : date.split("[^\\p{L}]+")) {
            Integer month = MONTHS.get(word);
            if (month != null) {
                return month;
            }
        }
        return null;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (String language : List.of("en", "de", "fr", "es", "it", "pt")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(language));
            String[][] names = {symbols.getMonths(), symbols.getShortMonths()};
            for (String[] list : names) {
                for (int i = 0; i < 12 && i < list.length; i++) {
                    String name = list[i].toLowerCase(Locale.ROOT).replace(".", "");
                    if (!name.isEmpty()) {
                        out.putIfAbsent(name, i + 1);
                        out.putIfAbsent(plain(name), i + 1);
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
