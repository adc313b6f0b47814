package app.margin.model.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Days between reviews as Anki counts them for FSRS, in Europe/Berlin with the default 4 am rollover. Each expected
 * figure was worked out by hand (and checked with a short script) from Anki's published rules, rslib
 * {@code scheduler/timing.rs} ({@code sched_timing_today_v2_new}: {@code next_day_at} is today's rollover in the
 * current UTC offset, plus 86,400 s once it has passed) and {@code timestamp.rs} ({@code elapsed_days_since}:
 * {@code (next_day_at − last_review).max(0) / 86,400}, integer division), as the answering path uses them. The old
 * rule (hours / 24 rounded) and py-fsrs's ({@code timedelta.days}, a floor of real time) are given beside each
 * for comparison.
 */
class DayBoundaryTest {

    private static final DayBoundary BERLIN = new DayBoundary(ZoneId.of("Europe/Berlin"), 4);

    private static Instant at(String local) {
        return OffsetDateTime.parse(local).toInstant();
    }

    private static long days(String last, String now) {
        return BERLIN.daysBetween(at(last), at(now));
    }

    @Test
    void twentyTwoHoursAcrossOneRolloverCountOneDay() {
        // next_day_at 2026-01-14T04:00+01:00; 32 h after the last review: 1. py-fsrs: floor(22.8 h) = 0.
        assertThat(days("2026-01-12T20:00+01:00", "2026-01-13T18:48+01:00")).isEqualTo(1);
    }

    @Test
    void thirteenHoursInOneStudyDayAreTheSameDay() {
        // next_day_at 2026-01-13T04:00+01:00, 19 h after: 0. Rounded hours gave 1 (13 / 24 = 0.54).
        assertThat(days("2026-01-12T09:00+01:00", "2026-01-12T22:00+01:00")).isZero();
    }

    @Test
    void sixHoursAcrossFourAmAreADay() {
        // 23:00 then 05:00: next_day_at 2026-01-14T04:00+01:00, 29 h after: 1. Rounded hours gave 0.
        assertThat(days("2026-01-12T23:00+01:00", "2026-01-13T05:00+01:00")).isEqualTo(1);
        // 23:00 then 03:30, before the rollover: next_day_at 2026-01-13T04:00+01:00, 5 h after: 0.
        assertThat(days("2026-01-12T23:00+01:00", "2026-01-13T03:30+01:00")).isZero();
    }

    @Test
    void twoPointSixDaysFromEarlyMorningAreTwo() {
        // 62.4 h: next_day_at 2026-01-15T04:00+01:00, 71 h after: 2. Rounded hours gave 3; py-fsrs 2.
        assertThat(days("2026-01-12T05:00+01:00", "2026-01-14T19:24+01:00")).isEqualTo(2);
    }

    @Test
    void springForwardInBerlin() {
        // DST starts 2026-03-29 02:00 CET → 03:00 CEST. 16:30 CET then 05:00 CEST (11.5 h, one rollover passed):
        // now's offset +02:00, rollover 04:00+02:00 passed, next_day_at 2026-03-30T04:00+02:00, 34.5 h after: 1.
        // Rounded hours gave 0.
        assertThat(days("2026-03-28T16:30+01:00", "2026-03-29T05:00+02:00")).isEqualTo(1);
        // 04:30 CET Saturday to 10:00 CEST Sunday (28.5 h): next_day_at 2026-03-30T04:00+02:00, 46.5 h after: 1.
        assertThat(days("2026-03-28T04:30+01:00", "2026-03-29T10:00+02:00")).isEqualTo(1);
        // Saturday's study day runs on to Sunday 04:00 CEST, across the missing hour: 01:30 CET, 03:30 CEST: 0.
        assertThat(days("2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00")).isZero();
    }

    @Test
    void fallBackInBerlin() {
        // DST ends 2026-10-25 03:00 CEST → 02:00 CET. 14:00 CEST then the second 02:30 (CET), 13.5 h: still
        // Saturday's study day; next_day_at 2026-10-25T04:00+01:00, 15 h after: 0. Rounded hours gave 1.
        assertThat(days("2026-10-24T14:00+02:00", "2026-10-25T02:30+01:00")).isZero();
        // Anki's own arithmetic on the long day: 04:30 CEST Saturday to 10:00 CET Sunday is one calendar day,
        // but next_day_at 2026-10-26T04:00+01:00 is 48.5 h after the review: 2, as Anki counts it.
        assertThat(days("2026-10-24T04:30+02:00", "2026-10-25T10:00+01:00")).isEqualTo(2);
    }

    @Test
    void aClockMovedBackCountsTheSameDay() {
        // A day back: next_day_at 2026-01-13T04:00+01:00 is before the last review; (…).max(0) / 86,400 = 0.
        assertThat(days("2026-01-13T10:00+01:00", "2026-01-12T10:00+01:00")).isZero();
        // Back across the rollover, 05:00 to 03:30 the same night: 0.
        assertThat(days("2026-01-13T05:00+01:00", "2026-01-13T03:30+01:00")).isZero();
    }

    @Test
    void theRolloverHourIsASetting() {
        DayBoundary midnight = new DayBoundary(ZoneId.of("Europe/Berlin"), 0);
        // 23:00 then 01:00: a new day at midnight (next_day_at 2026-01-14T00:00+01:00, 25 h after: 1) …
        assertThat(midnight.daysBetween(at("2026-01-12T23:00+01:00"), at("2026-01-13T01:00+01:00"))).isEqualTo(1);
        // … but the same study day with Anki's default 4 am.
        assertThat(days("2026-01-12T23:00+01:00", "2026-01-13T01:00+01:00")).isZero();
        assertThat(BERLIN.nextDayAt(at("2026-01-13T03:59+01:00"))).isEqualTo(at("2026-01-13T04:00+01:00"));
        assertThat(BERLIN.nextDayAt(at("2026-01-13T04:00+01:00"))).isEqualTo(at("2026-01-14T04:00+01:00"));
    }
}
