package app.margin.model.study;

import java.time.Duration;

/** Short labels for review intervals, as grade buttons show them: "10 min", "3 d", "2 mo", "1.5 y". */
public final class Intervals {

    private Intervals() {}

    public static String label(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes < 60) {
            return Math.max(1, minutes) + " min";
        }
        if (minutes < 24 * 60) {
            return interval.toHours() + " h";
        }
        long days = interval.toDays();
        if (days < 31) {
            return days + " d";
        }
        if (days < 365) {
            return Math.round(days / 30.4) + " mo";
        }
        double years = days / 365.25;
        return years < 10 ? String.format(java.util.Locale.ROOT, "%.1f y", years) : Math.round(years) + " y";
    }
}
