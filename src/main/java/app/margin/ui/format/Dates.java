package app.margin.ui.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way Margin writes a date on screen: a medium date and a short time in the reader's locale and time zone
 * ("Dec 7, 2026, 1:48 AM"), in the note popup, the annotations panel and the study window alike. Times are
 * stored in UTC; only this class turns them into the reader's.
 */
public final class Dates {

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public Dates(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** The reader's locale and time zone, as the system has them. */
    public static Dates reader() {
        return new Dates(Locale.getDefault(), ZoneId.systemDefault());
    }

    /** "Dec 7, 2026, 1:48 AM". */
    public String dateTime(Instant when) {
        return dateTime.format(when.atZone(zone));
    }

    /** When something comes, as seen at {@code now}: "today at 9:10 AM", "tomorrow at 9:10 AM", "Dec 9, 2026 at 9:10 AM". */
    public String relative(Instant when, Instant now) {
        ZonedDateTime at = when.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String day = at.toLocalDate().equals(today) ? "today"
                : at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow" : date.format(at);
        return day + " at " + time.format(at);
    }
}
