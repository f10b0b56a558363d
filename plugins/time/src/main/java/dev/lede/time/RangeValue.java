package dev.lede.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The value of a range as Recognizers-Text and TIMEX3 ranges write it: "(start,end,duration)". A period endpoint
 * stands for its first day ("from March to May" is "(XXXX-03-01,XXXX-05-01,P2M)"); the duration is in the endpoints'
 * own unit (years, months, days, or hours and minutes for clock times).
 */
final class RangeValue {
    private RangeValue() {
    }

    static Meaning.Value of(Meaning.Ranged r, Context c) {
        boolean unanchored = (r.from() != null && r.from().relative() || r.to() != null && r.to().relative())
                && !c.anchor().known();
        Cal a = r.from() == null ? null : r.from().cal(c);
        Cal b = r.to() == null ? null : r.to().cal(c);
        Clock ca = r.fromClock();
        Clock cb = r.toClock();
        if (a == null && b == null) {
            return clocks(ca, cb, "", "", unanchored);
        }
        if (a == null) {
            a = b;
        }
        if (b == null) {
            b = a;
        }
        if (ca != null && cb != null && a.grain() == Grain.DAY && b.grain() == Grain.DAY) {
            String da = point(a);
            String db = point(b);
            if (da.equals(db)) {
                return clocks(ca, cb, da, db, unanchored);
            }
            LocalDate dayA = a.toDate();
            LocalDate dayB = b.toDate();
            if (dayA != null && dayB != null && ca.hour() >= 0 && cb.hour() >= 0 && dayB.isAfter(dayA)) {
                // "from 2pm till tomorrow 4:30pm": across days, the duration in hours and minutes
                long minutes = ChronoUnit.DAYS.between(dayA, dayB) * 24 * 60 + cb.minutes() - ca.minutes();
                return new Meaning.Value(TimeType.TIME, "(" + da + ca.timex() + "," + db + cb.timex() + ","
                        + hoursAndMinutes(minutes) + ")", unanchored);
            }
        }
        int fallbackYear = c.anchor().known() ? c.anchor().date().getYear() : 2000;
        LocalDate start = a.firstDay(fallbackYear);
        LocalDate end = b.firstDay(fallbackYear);
        if (start == null || end == null) {
            return new Meaning.Value(TimeType.DATE, null, unanchored);
        }
        boolean wrapped = false;
        Cal pa = probe(r.from());
        Cal pb = probe(r.to());
        if (pb != null && pb.grain() == Grain.DAY && pb.weekday() != Cal.UNKNOWN && pb.day() == Cal.UNKNOWN) {
            // "from next Monday to Friday": the first such weekday from the start on
            int diff = pb.weekday() - start.getDayOfWeek().getValue();
            end = start.plusDays(diff < 0 ? diff + 7 : diff);
        }
        if (end.isBefore(start)) {
            if (yearless(pb)) {
                while (end.isBefore(start)) {
                    end = end.plusYears(1); // "from May to September", "from Nov to March": the end after the start
                }
                wrapped = b.year() == Cal.UNKNOWN;
            } else if (yearless(pa)) {
                while (end.isBefore(start)) {
                    start = start.minusYears(1); // "from March to date": the March before
                }
            }
        }
        String duration;
        boolean monthPoints = r.from() != null && r.from().monthPoint() || r.to() != null && r.to().monthPoint();
        if (monthPoints) {
            duration = "P" + ((end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue()) + "M";
        } else if (a.grain() == Grain.YEAR && b.grain() == Grain.YEAR) {
            duration = "P" + ChronoUnit.YEARS.between(start, end) + "Y";
        } else if (isMonthly(a) && isMonthly(b)) {
            duration = "P" + ChronoUnit.MONTHS.between(start, end) + "M";
        } else {
            duration = "P" + ChronoUnit.DAYS.between(start, end) + "D";
        }
        String ps = a.year() == Cal.UNKNOWN ? "XXXX" + start.toString().substring(4) : start.toString();
        String pe = b.year() == Cal.UNKNOWN && !wrapped ? "XXXX" + end.toString().substring(4)
                : (b.year() == Cal.UNKNOWN ? "XXXX" + end.toString().substring(4) : end.toString());
        return new Meaning.Value(TimeType.DATE, "(" + ps + "," + pe + "," + duration + ")", unanchored);
    }

    private static final Context NO_REFERENCE = new Context(new Anchor(null), Tense.UNKNOWN, null, null);

    /** The endpoint as written, without a reference date: what it leaves open shows as unknown fields. */
    private static Cal probe(Meaning.DateSpec spec) {
        return spec == null ? null : spec.cal(NO_REFERENCE);
    }

    /** A month or a day written without its year: its year is inferred, and may move. */
    private static boolean yearless(Cal c) {
        return c != null && c.year() == Cal.UNKNOWN && c.month() != Cal.UNKNOWN;
    }

    private static boolean isMonthly(Cal c) {
        return c.grain() == Grain.MONTH || c.grain() == Grain.QUARTER || c.grain() == Grain.HALF;
    }

    private static String point(Cal c) {
        return c.timex();
    }

    private static Meaning.Value clocks(Clock a, Clock b, String dayA, String dayB, boolean unanchored) {
        if (a == null || b == null || a.hour() < 0 || b.hour() < 0) {
            return new Meaning.Value(TimeType.TIME, null, unanchored);
        }
        int minutes = b.minutes() - a.minutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        return new Meaning.Value(TimeType.TIME, String.format(Locale.ROOT, "(%s%s,%s%s,%s)", dayA, a.timex(), dayB,
                b.timex(), hoursAndMinutes(minutes)), unanchored);
    }

    private static String hoursAndMinutes(long minutes) {
        StringBuilder d = new StringBuilder("PT");
        if (minutes / 60 > 0) {
            d.append(minutes / 60).append('H');
        }
        if (minutes % 60 > 0) {
            d.append(minutes % 60).append('M');
        }
        return d.toString();
    }
}
