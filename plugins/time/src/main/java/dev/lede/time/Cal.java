package dev.lede.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar value at some {@link Grain}, any field of which may be unknown (-1, written X in its TIMEX3 value):
 * "2025-04-15", "XXXX-04-15", "2025-W16", "2025-Q3", "199" (the 1990s), "XXXX-WXX-5" (a Friday).
 *
 * @param year    the year, or for WEEK and WEEKEND the ISO week-based year
 * @param part    the half (1-2), quarter (1-4), ISO week (1-53), decade (e.g. 199) or century (e.g. 19) by grain
 * @param season  SP, SU, FA or WI for SEASON
 * @param weekday 1-7 (ISO) for a day known only by its weekday
 */
record Cal(Grain grain, int year, int month, int day, int part, String season, int weekday) {
    static final int UNKNOWN = -1;

    static Cal of(LocalDate d) {
        return new Cal(Grain.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), UNKNOWN, null, UNKNOWN);
    }

    static Cal day(int year, int month, int day) {
        return new Cal(Grain.DAY, year, month, day, UNKNOWN, null, UNKNOWN);
    }

    static Cal weekday(int weekday) {
        return new Cal(Grain.DAY, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, null, weekday);
    }

    static Cal month(int year, int month) {
        return new Cal(Grain.MONTH, year, month, UNKNOWN, UNKNOWN, null, UNKNOWN);
    }

    static Cal year(int year) {
        return new Cal(Grain.YEAR, year, UNKNOWN, UNKNOWN, UNKNOWN, null, UNKNOWN);
    }

    static Cal of(Grain grain, int year, int part) {
        return new Cal(grain, year, UNKNOWN, UNKNOWN, part, null, UNKNOWN);
    }

    /**
     * The nth week of a month, weeks running Monday to Sunday and the first being the one the month begins in ("the
     * third week of January": "2025-01-W03"); n = -1 is the last, the one the month ends in (the fifth at most).
     */
    static Cal weekOfMonth(int year, int month, int nth) {
        int week = nth;
        if (nth < 0 && year != UNKNOWN) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
            // a sixth week holds at most the 30th and 31st: nobody means those two days by "the last week"
            week = Math.min(5, (int) ((last.toEpochDay() - first.with(java.time.DayOfWeek.MONDAY).toEpochDay()) / 7) + 1);
        }
        return new Cal(Grain.WEEK_OF_MONTH, year, month, UNKNOWN, week, null, UNKNOWN);
    }

    static Cal season(int year, String season) {
        return new Cal(Grain.SEASON, year, UNKNOWN, UNKNOWN, UNKNOWN, season, UNKNOWN);
    }

    static Cal week(LocalDate d, boolean weekend) {
        return new Cal(weekend ? Grain.WEEKEND : Grain.WEEK, d.get(IsoFields.WEEK_BASED_YEAR),
                UNKNOWN, UNKNOWN, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), null, UNKNOWN);
    }

    /** Whether this is one calendar day whose date is fully known. */
    boolean isFullDay() {
        return grain == Grain.DAY && year != UNKNOWN && month != UNKNOWN && day != UNKNOWN;
    }

    LocalDate toDate() {
        try {
            return isFullDay() ? LocalDate.of(year, month, day) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first day of the period, with unknown fields taken from {@code fallbackYear}; null when unknowable. */
    LocalDate firstDay(int fallbackYear) {
        int y = year == UNKNOWN ? fallbackYear : year;
        try {
            return switch (grain) {
                case CENTURY -> part == UNKNOWN ? null : LocalDate.of(part * 100, 1, 1);
                case DECADE -> part == UNKNOWN ? null : LocalDate.of(part * 10, 1, 1);
                case YEAR -> LocalDate.of(y, 1, 1);
                case HALF -> LocalDate.of(y, part == 2 ? 7 : 1, 1);
                case QUARTER -> LocalDate.of(y, (part - 1) * 3 + 1, 1);
                case SEASON -> null;
                case MONTH -> LocalDate.of(y, month, 1);
                case WEEK_OF_MONTH -> {
                    LocalDate first = LocalDate.of(y, month, 1);
                    yield part <= 1 ? first : first.with(java.time.DayOfWeek.MONDAY).plusWeeks(part - 1);
                }
                case WEEK, WEEKEND -> LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, part)
                        .with(java.time.DayOfWeek.MONDAY).plusDays(grain == Grain.WEEKEND ? 5 : 0);
                case DAY -> month == UNKNOWN || day == UNKNOWN ? null : LocalDate.of(y, month, day);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    String timex() {
        String y = year == UNKNOWN ? "XXXX" : pad(year, 4);
        return switch (grain) {
            case CENTURY -> part == UNKNOWN ? "XX" : pad(part, 2);
            case DECADE -> part == UNKNOWN ? "XXX" : pad(part, 3);
            case YEAR -> y;
            case HALF -> y + "-H" + (part == UNKNOWN ? "X" : part);
            case QUARTER -> y + "-Q" + (part == UNKNOWN ? "X" : part);
            case SEASON -> y + "-" + season;
            case MONTH -> y + "-" + two(month);
            case WEEK_OF_MONTH -> y + "-" + two(month) + "-W" + two(part);
            case WEEK -> y + "-W" + two(part);
            case WEEKEND -> y + "-W" + two(part) + "-WE";
            case DAY -> weekday != UNKNOWN && day == UNKNOWN ? "XXXX-WXX-" + weekday
                    : y + "-" + two(month) + "-" + two(day);
        };
    }

    private static String two(int v) {
        return v == UNKNOWN ? "XX" : pad(v, 2);
    }

    /** Zero-padded digits (String.format is slow on a hot path). */
    static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
