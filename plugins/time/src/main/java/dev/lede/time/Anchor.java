package dev.lede.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reference date relative expressions are resolved against, and the calendar arithmetic they need (java.time
 * does the arithmetic: ISO weeks, month lengths, leap years). Without a reference date every relative value keeps X
 * where the date would be.
 */
final class Anchor {
    private final LocalDate reference;
    private final java.time.LocalTime time;

    Anchor(LocalDate reference) {
        this(reference, null);
    }

    /** @param time the reference time of day when the document states one, else null */
    Anchor(LocalDate reference, java.time.LocalTime time) {
        this.reference = reference;
        this.time = reference == null ? null : time;
    }

    /** The reference date and time of day, or null when either is unknown. */
    java.time.LocalDateTime dateTime() {
        return time == null ? null : reference.atTime(time);
    }

    /** The date {@code n} units after {@code from}, as a day ("in two months"). */
    static LocalDate plus(LocalDate from, String unit, double n) {
        long whole = Math.round(n);
        return switch (unit) {
            case "W" -> from.plusWeeks(whole);
            case "FN" -> from.plusWeeks(2 * whole);
            case "M" -> from.plusMonths(whole);
            case "Q" -> from.plusMonths(3 * whole);
            case "Y" -> from.plusYears(whole);
            default -> from.plusDays(whole);
        };
    }

    boolean known() {
        return reference != null;
    }

    LocalDate date() {
        return reference;
    }

    /** The day {@code offset} days from the reference ("yesterday" is -1). */
    Cal day(int offset) {
        return known() ? Cal.of(reference.plusDays(offset)) : Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, Cal.UNKNOWN);
    }

    /** The period {@code n} units from the reference one, at the unit's grain ("last week": W, -1). */
    Cal shift(String unit, int n) {
        if (!known()) {
            return unknown(unit);
        }
        return switch (unit) {
            case "D" -> Cal.of(reference.plusDays(n));
            case "W" -> Cal.week(reference.plusWeeks(n), false);
            case "WE" -> Cal.week(reference.plusWeeks(n), true);
            case "FN" -> Cal.week(reference.plusWeeks(2L * n), false);
            case "M" -> {
                LocalDate d = reference.plusMonths(n);
                yield Cal.month(d.getYear(), d.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = reference.plusMonths(3L * n);
                yield Cal.of(Grain.QUARTER, d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            }
            case "H6" -> {
                LocalDate d = reference.plusMonths(6L * n);
                yield Cal.of(Grain.HALF, d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            }
            case "Y" -> Cal.year(reference.getYear() + n);
            case "DE" -> Cal.of(Grain.DECADE, Cal.UNKNOWN, reference.getYear() / 10 + n);
            case "CE" -> Cal.of(Grain.CENTURY, Cal.UNKNOWN, reference.getYear() / 100 + n);
            default -> null;
        };
    }

    /** The same period with X for what the missing reference would have said. */
    static Cal unknown(String unit) {
        return switch (unit) {
            case "D" -> Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, Cal.UNKNOWN);
            case "W", "FN" -> Cal.of(Grain.WEEK, Cal.UNKNOWN, Cal.UNKNOWN);
            case "WE" -> Cal.of(Grain.WEEKEND, Cal.UNKNOWN, Cal.UNKNOWN);
            case "M" -> Cal.month(Cal.UNKNOWN, Cal.UNKNOWN);
            case "Q" -> Cal.of(Grain.QUARTER, Cal.UNKNOWN, Cal.UNKNOWN);
            case "H6" -> Cal.of(Grain.HALF, Cal.UNKNOWN, Cal.UNKNOWN);
            case "Y" -> Cal.year(Cal.UNKNOWN);
            case "DE" -> Cal.of(Grain.DECADE, Cal.UNKNOWN, Cal.UNKNOWN);
            case "CE" -> Cal.of(Grain.CENTURY, Cal.UNKNOWN, Cal.UNKNOWN);
            default -> null;
        };
    }

    /** The point {@code n} units from a date, at the unit's grain ("three years ago": a year; "ten days ago": a day). */
    static Cal moved(LocalDate from, String unit, double n) {
        long whole = Math.round(n);
        return switch (unit) {
            case "D" -> Cal.of(from.plusDays(whole));
            case "W" -> Cal.of(from.plusWeeks(whole));
            case "FN" -> Cal.of(from.plusWeeks(2 * whole));
            case "M" -> {
                LocalDate d = from.plusMonths(whole);
                yield Cal.month(d.getYear(), d.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = from.plusMonths(3 * whole);
                yield Cal.of(Grain.QUARTER, d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            }
            case "Y" -> Cal.year(from.getYear() + (int) whole);
            case "DE" -> Cal.year(from.getYear() + 10 * (int) whole);
            case "CE" -> Cal.year(from.getYear() + 100 * (int) whole);
            default -> null;
        };
    }

    /**
     * A weekday by tense: in a past-tense clause the last such day on or before the reference, in a future-tense one
     * the first on or after it; without a cue, the nearest, a day's lead going to the past one (news reports what
     * happened: in TimeBank nine in ten weekdays are on or before the story's date).
     */
    Cal weekday(int weekday, Tense tense) {
        if (!known()) {
            return Cal.weekday(weekday);
        }
        int diff = weekday - reference.getDayOfWeek().getValue();
        int back = diff > 0 ? diff - 7 : diff;  // <= 0
        int ahead = diff < 0 ? diff + 7 : diff; // >= 0
        int offset = switch (tense) {
            case PAST -> back;
            case FUTURE -> ahead;
            case UNKNOWN -> -back <= ahead + 1 ? back : ahead;
        };
        return Cal.of(reference.plusDays(offset));
    }

    /** The first such weekday after the reference ("coming Thursday" said on a Thursday is a week ahead). */
    Cal weekdayAfter(int weekday) {
        if (!known()) {
            return Cal.weekday(weekday);
        }
        int diff = weekday - reference.getDayOfWeek().getValue();
        return Cal.of(reference.plusDays(diff <= 0 ? diff + 7 : diff));
    }

    /** The weekend nearest the reference in the tense: the last one begun in a past-tense clause, else the next. */
    Cal weekend(Tense tense) {
        if (!known()) {
            return Cal.of(Grain.WEEKEND, Cal.UNKNOWN, Cal.UNKNOWN);
        }
        int dow = reference.getDayOfWeek().getValue();
        if (dow >= 6) {
            return Cal.week(reference, true);
        }
        return Cal.week(tense == Tense.PAST ? reference.minusWeeks(1) : reference, true);
    }

    /** The weekday in the week {@code weeks} from the reference's ("next Friday": the Friday of next week). */
    Cal weekdayOfWeek(int weekday, int weeks) {
        if (!known()) {
            return Cal.weekday(weekday);
        }
        LocalDate monday = reference.minusDays(reference.getDayOfWeek().getValue() - 1L).plusWeeks(weeks);
        return Cal.of(monday.plusDays(weekday - 1L));
    }

    /** A month and day without a year: the year that fits the tense, else the one nearest the reference. */
    Cal monthDay(int month, int day, Tense tense) {
        if (!known()) {
            return Cal.day(Cal.UNKNOWN, month, day);
        }
        LocalDate best = nearest(month, day, tense);
        return best == null ? Cal.day(Cal.UNKNOWN, month, day) : Cal.of(best);
    }

    /** A month without a year, by the same rule as {@link #monthDay}. */
    Cal month(int month, Tense tense) {
        if (!known()) {
            return Cal.month(Cal.UNKNOWN, month);
        }
        LocalDate d = nearest(month, 15, tense);
        int year = d.getYear();
        if (d.getMonthValue() == reference.getMonthValue() && year != reference.getYear()) {
            year = reference.getYear(); // the reference's own month is this year's
        }
        return Cal.month(year, month);
    }

    private LocalDate nearest(int month, int day, Tense tense) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            long distance = ChronoUnit.DAYS.between(reference, candidate);
            // a tense pulls the date to its side of the reference, up to about half a year away (a month's slack)
            long penalty = switch (tense) {
                case PAST -> distance > 31 ? 400 : 0;
                case FUTURE -> distance < -31 ? 400 : 0;
                case UNKNOWN -> 0;
            };
            long score = Math.abs(distance) + penalty;
            if (score < bestDistance) {
                bestDistance = score;
                best = candidate;
            }
        }
        return best;
    }
}
