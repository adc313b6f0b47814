package app.margin.model.study;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Where one study day ends and the next begins, and how many days lie between two reviews, counted as Anki counts
 * them for FSRS (rslib {@code scheduler/timing.rs} and {@code timestamp.rs}, the answering path):
 *
 * <ol>
 *   <li>the next day starts at the rollover hour (4 am by default) on the local clock, read with the UTC offset in
 *       force <em>now</em>: today's rollover if it has not passed yet, else that time plus 86,400 seconds;</li>
 *   <li>the days since the last review are {@code floor((nextDayAt − lastReview) / 86,400 s)}, never
 *       negative.</li>
 * </ol>
 *
 * So two reviews in the same study day (23:00 and 03:00 the next night) are 0 days apart, one at 23:00 and the
 * next at 05:00 are 1 day apart, and 22.8 hours never count as 0 days once a rollover passed between them. Because
 * the offset is the one in force now and a day is 86,400 seconds, on the day a DST change happens the count can
 * differ by one from the calendar (Anki does the same); a clock moved back counts as the same day.
 *
 * @param zone         the reader's time zone
 * @param rolloverHour the local hour a new study day starts, 0 to 23 (Anki's "Next day starts at", default 4)
 */
public record DayBoundary(ZoneId zone, int rolloverHour) {

    /** Anki's default: a new day starts at 4 am. */
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    private static final long SECONDS_PER_DAY = 86_400;

    public DayBoundary {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("A study day starts at an hour from 0 to 23, not " + rolloverHour);
        }
    }

    /** 4 am in the system's time zone. */
    public static DayBoundary systemDefault() {
        return new DayBoundary(ZoneId.systemDefault(), DEFAULT_ROLLOVER_HOUR);
    }

    /** When the study day after the one holding {@code now} begins. */
    public Instant nextDayAt(Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        OffsetDateTime local = now.atOffset(offset);
        OffsetDateTime rollover = local.withHour(rolloverHour).withMinute(0).withSecond(0).withNano(0);
        return rollover.isAfter(local) ? rollover.toInstant() : rollover.toInstant().plusSeconds(SECONDS_PER_DAY);
    }

    /** Whole days from a review at {@code last} to one at {@code now}: 0 within a study day, never negative. */
    public long daysBetween(Instant last, Instant now) {
        long seconds = Duration.between(last, nextDayAt(now)).getSeconds();
        return Math.max(0, seconds) / SECONDS_PER_DAY;
    }
}
