package dev.lede.time;

import dev.lede.time.Meaning.DateSpec;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * The grammar of English time expressions in news, read over {@link Piece}s: each reader tries one shape at a piece
 * and returns how far it reaches and what it means, and {@link #parseAt} keeps the longest. Rules in the style of
 * HeidelTime and SUTime, written by hand: no maintained JVM library recognises and normalises time expressions in
 * running text (SUTime and HeidelTime are GPL; Natty parses one date string and is no longer kept; Recognizers-Text
 * has no published Java port), and a direct reader over pieces keeps the analyzer fast. The calendar arithmetic is
 * java.time's ({@link Anchor}).
 */
final class Grammar {
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "sat", "sun");
    private static final Set<String> TIME_ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
            "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct");
    private static final Set<String> RANGE_TO = Set.of("to", "till", "til", "until", "through", "thru", "-", "~");
    private static final Set<String> MONTH_INTRODUCERS = Set.of("in", "by", "since", "until", "till", "before",
            "after", "during", "of", "early", "late", "mid", "last", "next", "this", "through", "from", "to",
            "between", "and", "-", "every", "each", "or", "end", "beginning", "middle");
    private static final Set<String> YEAR_INTRODUCERS = Set.of("in", "since", "by", "until", "till", "of", "from",
            "during", "through", "before", "after", "the", "to", "and", "-", "early", "late", "mid", "for", "around");
    private static final Set<String> BEFORE_DAY_NUMBER = Set.of("on", "from", "to", "by", "until", "since", "till",
            "before", "after", "between", "and", "-", "or");

    private final Piece[] p;
    private final int n;
    private final GrammarOptions options;

    /** date(i) is asked for the same piece by many readers: computed once per piece. */
    private final DatePart[] dates;
    private final boolean[] datesDone;

    Grammar(List<Piece> pieces, GrammarOptions options) {
        this.p = pieces.toArray(new Piece[0]);
        this.n = pieces.size();
        this.options = options;
        this.dates = new DatePart[n];
        this.datesDone = new boolean[n];
    }

    /** A recognised expression: pieces [from, to) and its meaning. */
    record Parse(int from, int to, Meaning meaning, String mod) {
        Parse withMod(String m) {
            return new Parse(from, to, meaning, m);
        }

        Parse from(int newFrom) {
            return new Parse(newFrom, to, meaning, mod);
        }
    }

    private record Num(int end, double value, boolean fuzzy) {
    }

    private record DatePart(int end, DateSpec spec) {
    }

    private record ClockPart(int end, Clock clock) {
    }

    // ------------------------------------------------------------------ entry point

    /** The longest expression starting at piece {@code i}, or null. */
    Parse parseAt(int i) {
        Piece x = p[i];
        if (x.kind() == Piece.Kind.PUNCT && !x.is("'")) {
            return null;
        }
        Parse best = null;
        if (options.ranges()) {
            best = longer(best, range(i));
        }
        best = longer(best, set(i));
        best = longer(best, modified(i));
        best = longer(best, dateTime(i));
        best = longer(best, duration(i));
        best = longer(best, reference(i));
        best = longer(best, clockShift(i));
        return best;
    }

    private static Parse longer(Parse a, Parse b) {
        if (b == null) {
            return a;
        }
        return a == null || b.to() > a.to() ? b : a;
    }

    // ------------------------------------------------------------------ helpers

    private Piece at(int i) {
        return i >= 0 && i < n ? p[i] : null;
    }

    private boolean w(int i, String s) {
        Piece x = at(i);
        return x != null && x.isWord() && x.lower().equals(s);
    }

    private boolean any(int i, Set<String> s) {
        Piece x = at(i);
        return x != null && s.contains(x.lower());
    }

    private boolean punct(int i, String c) {
        Piece x = at(i);
        return x != null && x.kind() == Piece.Kind.PUNCT && x.lower().equals(c);
    }

    /** No space before piece i. */
    private boolean tight(int i) {
        Piece x = at(i);
        return x != null && !x.spaceBefore();
    }

    private Word word(int i) {
        Piece x = at(i);
        return x == null || !x.isWord() ? null : x.word();
    }

    private boolean isNumber(int i) {
        Piece x = at(i);
        return x != null && x.isNumber();
    }

    /** Skips "the" at i. */
    private int the(int i) {
        return w(i, "the") ? i + 1 : i;
    }

    /** Skips a tight "." after an abbreviation at i - 1. */
    private int dot(int i) {
        return punct(i, ".") && tight(i) ? i + 1 : i;
    }

    // ------------------------------------------------------------------ numbers

    /** A cardinal: digits (with a decimal part), number words ("twenty four", "twenty-four"), "a"/"an", fuzzy words. */
    private Num number(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        if (x.isNumber()) {
            if (x.number() < 0) {
                return null;
            }
            if (punct(i + 1, ".") && tight(i + 1) && isNumber(i + 2) && tight(i + 2)) {
                return new Num(i + 3, Double.parseDouble(x.lower() + "." + at(i + 2).lower()), false);
            }
            if (punct(i + 1, ",") && tight(i + 1) && isNumber(i + 2) && tight(i + 2) && at(i + 2).digits() == 3) {
                return null; // "1,500": a count, never a time amount we read
            }
            // "2 1/2"
            if (isNumber(i + 1) && !tight(i + 1) && punct(i + 2, "/") && tight(i + 2) && isNumber(i + 3) && tight(i + 3)
                    && at(i + 1).number() < at(i + 3).number() && at(i + 3).number() <= 4) {
                return new Num(i + 4, x.number() + (double) at(i + 1).number() / at(i + 3).number(), false);
            }
            return new Num(i + 1, x.number(), false);
        }
        if (!x.isWord()) {
            return null;
        }
        if (x.is("a") || x.is("an")) {
            if (w(i + 1, "few") || w(i + 1, "couple")) {
                int end = w(i + 2, "of") ? i + 3 : i + 2;
                return w(i + 1, "few") ? new Num(end, Double.NaN, true) : new Num(end, 2, false);
            }
            return new Num(i + 1, 1, false);
        }
        Word wd = x.word();
        if (wd == null) {
            return null;
        }
        if (wd.fuzzy()) {
            return new Num(i + 1, Double.NaN, true);
        }
        if (wd.number() != null) {
            int v = wd.number();
            int end = i + 1;
            if (v >= 20 && v < 100 && v % 10 == 0) {
                int j = punct(end, "-") && tight(end) ? end + 1 : end;
                Word u = word(j);
                if (u != null && u.number() != null && u.number() > 0 && u.number() < 10) {
                    v += u.number();
                    end = j + 1;
                }
            }
            if (x.is("couple") && w(end, "of")) {
                end++;
            }
            return new Num(end, v, false);
        }
        return null;
    }

    /** An ordinal: "15th", "first", "twenty-first", "thirty first". */
    private Num ordinal(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        if (x.isNumber() && x.digits() <= 2) {
            Piece s = at(i + 1);
            if (s != null && tight(i + 1) && s.isWord() && (s.is("st") || s.is("nd") || s.is("rd") || s.is("th"))) {
                return new Num(i + 2, x.number(), false);
            }
            return null;
        }
        Word wd = word(i);
        if (wd == null) {
            return null;
        }
        if (wd.ordinal() != null && wd.ordinal() > 0) {
            return new Num(i + 1, wd.ordinal(), false);
        }
        if (wd.number() != null && (wd.number() == 20 || wd.number() == 30)) {
            int j = punct(i + 1, "-") && tight(i + 1) ? i + 2 : i + 1;
            Word u = word(j);
            if (u != null && u.ordinal() != null && u.ordinal() > 0 && u.ordinal() < 10) {
                return new Num(j + 1, wd.number() + u.ordinal(), false);
            }
        }
        return null;
    }

    /** A day of the month, 1-31: an ordinal, one or two digits, or number words. */
    private Num dayNumber(int i) {
        if (punct(i - 1, "$") || punct(i - 1, "£") || punct(i - 1, "€") || punct(i - 2, "$") && isNumber(i)
                && !tight(i)) {
            return null; // "$12 December 27": an amount, not a day
        }
        Num o = ordinal(i);
        if (o != null) {
            return o.value() >= 1 && o.value() <= 31 ? o : null;
        }
        Piece x = at(i);
        if (x != null && x.isNumber() && x.digits() <= 2 && x.number() >= 1 && x.number() <= 31) {
            if (punct(i + 1, ":") && tight(i + 1) && isNumber(i + 2) || punct(i + 1, ".") && tight(i + 1) && isNumber(i + 2)) {
                return null; // a clock time or a decimal
            }
            return new Num(i + 1, x.number(), false);
        }
        if (x != null && x.isWord() && !x.is("a") && !x.is("an")) {
            Num v = number(i);
            if (v != null && !v.fuzzy() && v.value() >= 1 && v.value() <= 31) {
                return v;
            }
        }
        return null;
    }

    /** A year: four digits 1000-2199, or an apostrophe and two digits ("'98"). */
    private Num year(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        if (x.isNumber() && x.digits() == 4 && x.number() >= 1000 && x.number() < 2200) {
            if (punct(i + 1, ",") && tight(i + 1) && isNumber(i + 2) || punct(i + 1, ".") && tight(i + 1)
                    && isNumber(i + 2) || punct(i - 1, "$") || punct(i + 1, "%")) {
                return null;
            }
            return new Num(i + 1, x.number(), false);
        }
        if (x.is("'") && isNumber(i + 1) && tight(i + 1) && at(i + 1).digits() == 2 && !w(i + 2, "s")) {
            int v = at(i + 1).number();
            return new Num(i + 2, v >= 30 ? 1900 + v : 2000 + v, false);
        }
        return null;
    }

    /** A year at i, or two digits after "of" ("April of 87", "15 April of 03") that nothing else follows. */
    private Num yearOrShortAfterOf(int i) {
        Num y = year(i);
        if (y != null || !w(i - 1, "of") || !isNumber(i) || at(i).digits() != 2) {
            return y;
        }
        Piece after = at(i + 1);
        if (after != null && (after.isWord() || after.is("%") || after.is(":") || after.is("-"))) {
            return null;
        }
        int v = at(i).number();
        return new Num(i + 1, v >= 30 ? 1900 + v : 2000 + v, false);
    }

    /** A month name or abbreviation (with its dot); "May" and "March" must be capitalised or next to a day/year. */
    private Num month(int i) {
        Word wd = word(i);
        if (wd == null || wd.month() == 0) {
            return null;
        }
        Piece x = at(i);
        int end = x.lower().length() <= 4 && !x.is("june") && !x.is("july") ? dot(i + 1) : i + 1;
        if (AMBIGUOUS_MONTHS.contains(x.lower()) || x.lower().length() <= 3 && punct(end, ".") == false && end == i + 1) {
            // "may", "march", "Jan", "Sat" are other words too: a month only beside a day or a year, or after a word
            // that introduces a time ("in May", "by March", "early May")
            boolean dated = dayNumber(end) != null || year(end) != null || punct(end, "/") || punct(end, "-")
                    || punct(end, ",") && year(end + 1) != null;
            boolean afterDay = isNumber(i - 1) && at(i - 1).digits() <= 2 || ordinal(i - 2) != null && !at(i - 1).isNumber();
            if (!dated && !any(i - 1, MONTH_INTRODUCERS) && !afterDay) {
                return null;
            }
            if (!x.capitalized() && (x.is("may") || x.is("march") || x.is("mar")) && !dated) {
                return null;
            }
        }
        return new Num(end, wd.month(), false);
    }

    // ------------------------------------------------------------------ dates

    /** Any date: absolute, weekday, relative; the longest. */
    private DatePart date(int i) {
        if (i < 0 || i >= n) {
            return null;
        }
        if (!datesDone[i]) {
            datesDone[i] = true; // set first: a reader that asks for the date at its own piece gets null, not a loop
            dates[i] = anyDate(i);
        }
        return dates[i];
    }

    private DatePart anyDate(int i) {
        DatePart best = null;
        best = longerDate(best, monthFirst(i));
        best = longerDate(best, dayFirst(i));
        best = longerDate(best, numeric(i));
        best = longerDate(best, weekdayDate(i));
        best = longerDate(best, relativeDay(i));
        best = longerDate(best, shifted(i));
        best = longerDate(best, ago(i));
        best = longerDate(best, period(i));
        best = longerDate(best, yearAlone(i));
        best = longerDate(best, holiday(i));
        best = longerDate(best, holidayWeekend(i));
        best = longerDate(best, reportingPeriod(i));
        best = longerDate(best, spelledYear(i));
        best = longerDate(best, inFuture(i));
        best = longerDate(best, ordinalDay(i));
        best = longerDate(best, yearMonth(i));
        best = longerDate(best, weekend(i));
        best = longerDate(best, weekOfYear(i));
        best = longerDate(best, currentPeriod(i));
        best = longerDate(best, thatPeriod(i));
        best = longerDate(best, weekdayOfShiftedWeek(i));
        best = longerDate(best, twoAway(i));
        best = longerDate(best, shiftedNumeric(i));
        best = longerDate(best, weekdayOfShiftedDay(i));
        best = longerDate(best, dayOfNamedMonth(i));
        return best;
    }

    /** "in two weeks", "in 10 days", "in a year": that long after the reference, at the unit's grain. */
    private DatePart inFuture(int i) {
        if (!w(i, "in")) {
            return null;
        }
        Num num = number(i + 1);
        if (num == null || num.fuzzy()) {
            return null;
        }
        Word u = word(num.end());
        if (u == null || u.unit() == null || !Set.of("D", "W", "FN", "M", "Y").contains(u.unit())) {
            return null;
        }
        if (w(num.end() + 1, "of") || punct(num.end() + 1, "'") && !possessiveTime(num.end() + 1)) {
            return null; // "in a fortnight's time" is that day, but "in five years of war" is a duration
        }
        // the day that far ahead: "in two months" said on July 5 is September 5
        String unit = u.unit();
        double n = num.value();
        return new DatePart(num.end() + 1, DateSpec.relative(c -> c.anchor().known()
                ? Cal.of(Anchor.plus(c.anchor().date(), unit, n)) : Anchor.unknown("D")));
    }

    /** "'s time" or "' time" at i, after "in two years" or "in a fortnight". */
    private boolean possessiveTime(int i) {
        return punct(i, "'") && (w(i + 1, "time") || w(i + 1, "s") && w(i + 2, "time"));
    }

    /** "in 5 minutes", "3 hours from now", "30 minutes later", "in half an hour": that long after the reference time. */
    private Parse clockShift(int i) {
        int k = w(i, "in") ? i + 1 : i;
        Num num = w(k, "half") && (w(k + 1, "an") || w(k + 1, "a")) ? new Num(k + 2, 0.5, false) : number(k);
        if (num == null || num.fuzzy()) {
            return null;
        }
        Word u = word(num.end());
        if (u == null || u.unit() == null || !Set.of("S", "MIN", "H").contains(u.unit())) {
            return null;
        }
        int end = num.end() + 1;
        if (k == i) {
            if (w(end, "from") && w(end + 1, "now")) {
                end += 2;
            } else if (w(end, "later")) {
                end += 1;
            } else {
                return null;
            }
        }
        long seconds = Math.round(num.value() * switch (u.unit()) {
            case "H" -> 3600;
            case "MIN" -> 60;
            default -> 1;
        });
        return new Parse(i, end, new Meaning.Shifted(seconds, durationTimex(u.unit(), num.value())), null);
    }

    /** "on the 18th", "by the 4th": a day of the month nearest the reference. */
    private DatePart ordinalDay(int i) {
        if (!w(i, "the") || !any(i - 1, BEFORE_DAY_NUMBER)) {
            return null;
        }
        Num o = ordinal(i + 1);
        if (o == null || o.value() < 1 || o.value() > 31 || at(i + 1).isWord()) {
            return null;
        }
        Piece next = at(o.end());
        if (next != null && next.isWord()) {
            return null; // "the 18th century", "the 4th floor"
        }
        int day = (int) o.value();
        return new DatePart(o.end(), DateSpec.relative(c -> dayOfMonth(c.anchor(), day, c.tense())));
    }

    private static Cal dayOfMonth(Anchor a, int day, Tense tense) {
        if (!a.known()) {
            return Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, day);
        }
        LocalDate ref = a.date();
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate month = ref.withDayOfMonth(1).plusMonths(k);
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate d = month.withDayOfMonth(day);
            boolean fits = switch (tense) {
                case PAST -> !d.isAfter(ref);
                case FUTURE -> !d.isBefore(ref);
                case UNKNOWN -> true;
            };
            if (fits && (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay())
                    < Math.abs(best.toEpochDay() - ref.toEpochDay()))) {
                best = d;
            }
        }
        return best == null ? Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, day) : Cal.of(best);
    }

    /** "2017 april", "in 2019 May": a year, then its month. */
    private DatePart yearMonth(int i) {
        Num y = year(i);
        if (y == null || !isNumber(i)) {
            return null;
        }
        Num m = month(y.end());
        if (m == null || !w(y.end(), at(y.end()).lower()) || year(m.end()) != null || dayNumber(m.end()) != null) {
            return null;
        }
        return new DatePart(m.end(), DateSpec.fixed(Cal.month((int) y.value(), (int) m.value())));
    }

    /** A year in words: "nineteen ninety-six", "two thousand", "the year two thousand". */
    private DatePart spelledYear(int i) {
        return spelledYear(i, false);
    }

    /**
     * A year in words; {@code afterDate}: it follows a month or a day, where "two thousand" alone is the year
     * ("October two thousand") unless a noun follows it.
     */
    private DatePart spelledYear(int i, boolean afterDate) {
        int k = w(i, "the") && w(i + 1, "year") ? i + 2 : i;
        Word a = word(k);
        if (a == null || a.number() == null) {
            return null;
        }
        if (w(k, "two") && w(k + 1, "thousand")) {
            int end = k + 2;
            Num rest = w(end, "and") ? number(end + 1) : number(end);
            if (rest != null && !rest.fuzzy() && rest.value() < 100 && at(end) != null && at(end).isWord()
                    && !at(end).is("a")) {
                return new DatePart(rest.end(), DateSpec.fixed(Cal.year(2000 + (int) rest.value())));
            }
            boolean alone = afterDate && (at(end) == null || !at(end).isWord() || w(end, "and") && rest == null);
            return k > i || alone ? new DatePart(end, DateSpec.fixed(Cal.year(2000))) : null;
        }
        if (a.number() < 10 || a.number() > 20) {
            return null;
        }
        if (w(k + 1, "hundred")) { // "nineteen hundred ninety three", "seventeen hundred and six"
            int j = w(k + 2, "and") ? k + 3 : k + 2;
            Num rest = number(j);
            boolean tail = rest != null && !rest.fuzzy() && rest.value() >= 1 && rest.value() <= 99 && at(j).isWord()
                    && !at(j).is("a") && !at(j).is("an");
            if (!tail && !afterDate) {
                return null;
            }
            return new DatePart(tail ? rest.end() : k + 2, DateSpec.fixed(Cal.year(a.number() * 100
                    + (tail ? (int) rest.value() : 0))));
        }
        Num rest = number(k + 1);
        if (rest == null || rest.fuzzy() || rest.value() < 10 || rest.value() > 99 || !at(k + 1).isWord()
                || at(k + 1).is("a") || at(k + 1).is("an")) {
            return null;
        }
        return new DatePart(rest.end(), DateSpec.fixed(Cal.year(a.number() * 100 + (int) rest.value())));
    }

    private static DatePart longerDate(DatePart a, DatePart b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    /** "April 15", "Oct. 23, 1989", "June the 28th 2020", "May twenty nine", "April 2025", "June of 2020". */
    private DatePart monthFirst(int i) {
        Num m = month(i);
        if (m == null) {
            return null;
        }
        int j = m.end();
        int k = the(j);
        if (punct(j, ",") && ordinal(j + 1) != null) {
            k = j + 1; // "October, 1st"
        } else if (punct(j, "-") && tight(j) && tight(j + 1) && isNumber(j + 1) && at(j + 1).digits() <= 2
                && !punct(j + 2, "-")) {
            k = j + 1; // "Jun-15"
        }
        Num d = spelledYear(k, true) != null ? null : dayNumber(k);
        int month = (int) m.value();
        if (d != null && !(isNumber(k) && at(k).digits() == 2 && year(k) != null)) {
            int end = d.end();
            if (w(end, "of") && year(end + 1) != null) {
                end++;
            } else if (punct(end, ",") && year(end + 1) != null) {
                end++;
            }
            Num y = year(end);
            int day = (int) d.value();
            if (y != null) {
                return valid((int) y.value(), month, day) ? new DatePart(y.end(), DateSpec.fixed(
                        Cal.day((int) y.value(), month, day))) : null;
            }
            if (!validDay(month, day)) {
                return null;
            }
            DatePart spelled = spelledYear(end, true);
            if (spelled != null) { // "January twenty five nineteen eighty six"
                int sy = spelled.spec().cal(NO_CONTEXT).year();
                return valid(sy, month, day) ? new DatePart(spelled.end(), DateSpec.fixed(Cal.day(sy, month, day)))
                        : null;
            }
            return new DatePart(d.end(), DateSpec.relative(c -> c.anchor().monthDay(month, day, c.tense())));
        }
        int yj = w(j, "of") || punct(j, ",") || (punct(j, "-") || punct(j, "/")) && tight(j) && tight(j + 1) ? j + 1 : j;
        Num y = yearOrShortAfterOf(yj);
        if (y != null) {
            return new DatePart(y.end(), DateSpec.fixed(Cal.month((int) y.value(), month)));
        }
        DatePart spelled = spelledYear(yj, true);
        if (spelled != null) { // "August two thousand and fifteen"
            Cal yc = spelled.spec().cal(NO_CONTEXT);
            return new DatePart(spelled.end(), DateSpec.fixed(Cal.month(yc.year(), month)));
        }
        // "January this year", "June last year"
        Word shift = word(j);
        if (shift != null && shift.shift() != null && w(j + 1, "year") && !w(j, "past")) {
            int s = shift.shift();
            return new DatePart(j + 2, DateSpec.relative(c -> {
                Cal yr = c.anchor().shift("Y", s);
                return Cal.month(yr.year(), month);
            }));
        }
        return new DatePart(j, DateSpec.relative(c -> c.anchor().month(month, c.tense())));
    }

    /** "15 April 2025", "the 09th of May", "second of Aug", "4th of july". */
    private DatePart dayFirst(int i) {
        int k = the(i);
        Num d = dayNumber(k);
        if (d == null) {
            return null;
        }
        boolean ordinal = ordinal(k) != null;
        int j = d.end();
        if (ordinal && w(j, "day") && w(j + 1, "of")) {
            j++; // "the 15th day of June"
        }
        if (w(j, "of")) {
            if (!ordinal) {
                return null;
            }
            j++;
        }
        Num m = month(j);
        if (m == null || (k > i && !ordinal)) {
            return null;
        }
        int month = (int) m.value();
        int day = (int) d.value();
        int end = m.end();
        int yj = w(end, "of") || punct(end, ",") ? end + 1 : end;
        Num y = yearOrShortAfterOf(yj);
        if (y != null) {
            return valid((int) y.value(), month, day) ? new DatePart(y.end(),
                    DateSpec.fixed(Cal.day((int) y.value(), month, day))) : null;
        }
        if (!validDay(month, day)) {
            return null;
        }
        DatePart spelled = spelledYear(yj, true);
        if (spelled != null) { // "13 Sept nineteen seventy two"
            int sy = spelled.spec().cal(NO_CONTEXT).year();
            return valid(sy, month, day) ? new DatePart(spelled.end(), DateSpec.fixed(Cal.day(sy, month, day))) : null;
        }
        return new DatePart(end, DateSpec.relative(c -> c.anchor().monthDay(month, day, c.tense())));
    }

    /** "2025-04-15", "1/1/2015", "5/17/18", "22/04", "Oct/2", "2019-aug-01", "20170302". */
    private DatePart numeric(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        if (x.isNumber() && x.digits() == 8 && x.number() > 0) {
            int v = x.number();
            int y = v / 10000;
            int mo = v / 100 % 100;
            int d = v % 100;
            return y >= 1900 && y < 2100 && valid(y, mo, d) ? new DatePart(i + 1, DateSpec.fixed(Cal.day(y, mo, d)))
                    : null;
        }
        if (x.isNumber() && x.digits() == 4 && (punct(i + 1, "-") || punct(i + 1, "/") || punct(i + 1, "."))
                && tight(i + 1) && tight(i + 2)) {
            String sep = at(i + 1).lower();
            int y = x.number();
            Num mw = month(i + 2);
            int mo;
            int next;
            if (isNumber(i + 2) && at(i + 2).digits() <= 2) {
                mo = at(i + 2).number();
                next = i + 3;
            } else if (mw != null) {
                mo = (int) mw.value();
                next = mw.end();
            } else {
                return null;
            }
            if (punct(next, sep) && tight(next) && isNumber(next + 1) && tight(next + 1) && at(next + 1).digits() <= 2) {
                int d = at(next + 1).number();
                return valid(y, mo, d) ? new DatePart(next + 2, DateSpec.fixed(Cal.day(y, mo, d))) : null;
            }
            return null;
        }
        if (x.isNumber() && x.digits() <= 2 && punct(i + 1, "/") && tight(i + 1) && isNumber(i + 2) && tight(i + 2)
                && at(i + 2).digits() <= 2) {
            int a = x.number();
            int b = at(i + 2).number();
            int month = a <= 12 ? a : b;
            int day = a <= 12 ? b : a;
            if (punct(i + 3, "/") && tight(i + 3) && isNumber(i + 4) && tight(i + 4)) {
                Piece yp = at(i + 4);
                // two digits: this century unless that would put the date more than ten years ahead
                int y = yp.digits() == 4 ? yp.number() : yp.digits() == 2 ? 2000 + yp.number() - (yp.number() > 30 ? 100 : 0) : -1;
                return y > 0 && valid(y, month, day) ? new DatePart(i + 5, DateSpec.fixed(Cal.day(y, month, day)))
                        : null;
            }
            if (punct(i + 3, "/") || punct(i + 3, ".") && tight(i + 3) && isNumber(i + 4) && tight(i + 4)) {
                return null; // "5/12/x", "5/12.5": not a day and month
            }
            // a bare "d/m" is a date only where a date is expected ("on 22/04", "Friday 7/6"), else it may be a
            // fraction or a score
            boolean expected = any(i - 1, BEFORE_DAY_NUMBER) || word(i - 1) != null && word(i - 1).weekday() > 0
                    || w(i - 1, "this") || w(i - 1, "next")
                    || punct(i - 1, ",") && isNumber(i - 2) && punct(i - 3, "/") && isNumber(i - 4); // "11/20, 11/22"
            if (!expected || !validDay(month, day)) {
                return null;
            }
            return new DatePart(i + 3, DateSpec.relative(c -> c.anchor().monthDay(month, day, c.tense())));
        }
        // "23.04.2022": day, month, year with dots
        if (x.isNumber() && x.digits() <= 2 && punct(i + 1, ".") && tight(i + 1) && isNumber(i + 2) && tight(i + 2)
                && at(i + 2).digits() <= 2 && punct(i + 3, ".") && tight(i + 3) && isNumber(i + 4) && tight(i + 4)
                && at(i + 4).digits() == 4) {
            int d = x.number();
            int mo = at(i + 2).number();
            int y = at(i + 4).number();
            return valid(y, mo, d) ? new DatePart(i + 5, DateSpec.fixed(Cal.day(y, mo, d))) : null;
        }
        // "12-2015", "12/2015": a month and a year
        if (x.isNumber() && x.digits() <= 2 && x.number() >= 1 && x.number() <= 12 && (punct(i + 1, "-")
                || punct(i + 1, "/")) && tight(i + 1) && tight(i + 2) && isNumber(i + 2) && at(i + 2).digits() == 4
                && year(i + 2) != null && !(punct(i + 3, "-") || punct(i + 3, "/"))) {
            return new DatePart(i + 3, DateSpec.fixed(Cal.month(at(i + 2).number(), x.number())));
        }
        // "05-Aug-2016"
        if (x.isNumber() && x.digits() <= 2 && punct(i + 1, "-") && tight(i + 1) && tight(i + 2) && month(i + 2) != null) {
            Num mw = month(i + 2);
            int k = mw.end();
            if (punct(k, "-") && tight(k) && tight(k + 1) && year(k + 1) != null) {
                Num y = year(k + 1);
                int d = x.number();
                int mo = (int) mw.value();
                return valid((int) y.value(), mo, d) ? new DatePart(y.end(), DateSpec.fixed(Cal.day((int) y.value(), mo, d)))
                        : null;
            }
        }
        Num m = month(i);
        if (m != null && punct(m.end(), "/") && tight(m.end()) && isNumber(m.end() + 1) && tight(m.end() + 1)) {
            int month = (int) m.value();
            Piece dp = at(m.end() + 1);
            if (dp.digits() == 4) {
                int y = dp.number();
                return new DatePart(m.end() + 2, DateSpec.fixed(Cal.month(y, month)));
            }
            int day = dp.number();
            return validDay(month, day) ? new DatePart(m.end() + 2, DateSpec.relative(
                    c -> c.anchor().monthDay(month, day, c.tense()))) : null;
        }
        return null;
    }

    /** "Friday", "Friday, Oct. 23", "Monday 21", "this Friday", "last Friday", "next monday". */
    private DatePart weekdayDate(int i) {
        int shift = 0;
        boolean shifted = false;
        int j = i;
        Word sw = word(i);
        if (sw != null && sw.shift() != null && !w(i, "past") && !w(i, "current") && !w(i, "same")) {
            shift = sw.shift();
            shifted = true;
            j = i + 1;
            if (w(i, "this") && w(j, "past")) { // "this past Sunday"
                shift = -1;
                j++;
            }
        }
        int weekday = weekdayAt(j);
        if (weekday == 0) {
            return null;
        }
        int end = afterWeekday(j);
        // "Friday, Oct. 23", "Friday Oct 23", "this Friday 5/12", "Friday-Jun-15", "Friday (June 15)": the date says
        // which Friday
        boolean bracket = punct(end, "(");
        int k = punct(end, ",") || bracket || punct(end, "-") && tight(end) ? end + 1 : end;
        DatePart explicit = longerDate(monthFirst(k), dayFirst(k));
        if (explicit == null) {
            explicit = numeric(k);
        }
        if (explicit != null && bracket) {
            return punct(explicit.end(), ")") ? new DatePart(explicit.end() + 1, explicit.spec()) : null;
        }
        if (explicit != null) {
            return explicit;
        }
        if (!shifted) {
            // "tuesday of next week", "Friday of last week"
            if (w(end, "of") && (w(end + 1, "next") || w(end + 1, "last") || w(end + 1, "this")) && w(end + 2, "week")) {
                int weeks = w(end + 1, "next") ? 1 : w(end + 1, "last") ? -1 : 0;
                return new DatePart(end + 3, DateSpec.relative(c -> c.anchor().weekdayOfWeek(weekday, weeks)));
            }
            // "monday the twenty seventh", "friday the 26th"
            if (w(k, "the")) {
                Num nth = ordinal(k + 1);
                Piece after = nth == null ? null : at(nth.end());
                boolean nounAfter = after != null && after.isWord() && word(nth.end()) == null
                        && !any(nth.end(), CLAUSE_WORDS); // "Friday, the fourth decline in a row"
                if (nth != null && nth.value() >= 1 && nth.value() <= 31 && !nounAfter) {
                    int day = (int) nth.value();
                    return new DatePart(nth.end(), DateSpec.relative(c -> dayWithWeekday(c.anchor(), weekday, day)));
                }
            }
            // "Mon 13th": a weekday and a day of the month, as a date nearest the reference
            Num nth = isNumber(end) ? ordinal(end) : null;
            if (nth != null && nth.value() >= 1 && nth.value() <= 31 && (word(nth.end()) == null || word(nth.end()).unit() == null)) {
                int day = (int) nth.value();
                return new DatePart(nth.end(), DateSpec.relative(c -> dayWithWeekday(c.anchor(), weekday, day)));
            }
            Num d = dayNumber(end);
            if (d != null && isNumber(end) && (word(d.end()) == null || word(d.end()).unit() == null)
                    && !punct(d.end(), ":") && !w(d.end(), "am") && !w(d.end(), "pm")
                    && !(punct(d.end(), "-") && isNumber(d.end() + 1)) && year(d.end()) == null
                    && !isClockAfter(d.end()) && oclock(d.end()) == 0) {
                int day = (int) d.value();
                return new DatePart(d.end(), DateSpec.relative(c -> dayWithWeekday(c.anchor(), weekday, day)));
            }
            return new DatePart(end, DateSpec.relative(c -> c.anchor().weekday(weekday, c.tense())));
        }
        int weeks = shift;
        if (w(i, "this") || w(i, "coming") || w(i, "upcoming")) {
            return new DatePart(end, DateSpec.relative(c -> w(i, "this")
                    ? c.anchor().weekdayOfWeek(weekday, 0) : c.anchor().weekdayAfter(weekday)));
        }
        return new DatePart(end, DateSpec.relative(c -> c.anchor().weekdayOfWeek(weekday, weeks)));
    }

    /** Three-letter weekdays that are other words too ("wed", "sat", "sun", "mon"). */
    private static final Set<String> SHORT_WEEKDAYS = Set.of("mon", "wed", "sat", "sun");

    /** The weekday (1 = Monday) that the word at j names, 0 when it names none or only looks like one ("sun"). */
    private int weekdayAt(int j) {
        Word named = word(j);
        return named != null && named.weekday() > 0 && plausibleWeekday(j) ? named.weekday() : 0;
    }

    /** Where a weekday word at j ends: after the full stop of an abbreviation ("Fri.", "Thurs."). */
    private int afterWeekday(int j) {
        return at(j).lower().length() <= 5 ? dot(j + 1) : j + 1;
    }

    /**
     * "Mon", "Wed", "Sat", "Sun" are a weekday only capitalised; "sat", "sun" and "wed" (a verb, the star) only
     * when a day of the month, a date or a clock follows too, or after a shifted week ("next week Mon").
     */
    private boolean plausibleWeekday(int j) {
        Piece x = at(j);
        if (!SHORT_WEEKDAYS.contains(x.lower())) {
            return true;
        }
        if (!x.capitalized()) {
            return false;
        }
        Piece before = at(j - 1);
        if (before != null && before.isWord() && before.capitalized() && word(j - 1) == null) {
            return false; // "the Edmonton Sun, August 16": part of a name
        }
        if (x.is("mon")) {
            return true;
        }
        int end = dot(j + 1);
        int k = punct(end, ",") ? end + 1 : end;
        return ordinal(k) != null || isNumber(k) || month(k) != null || w(j - 1, "week") || punct(j - 1, "-")
                && w(j - 2, "week");
    }

    /** "next week Mon", "previous week - Monday", "this week on Friday": that weekday of the shifted week. */
    private DatePart weekdayOfShiftedWeek(int i) {
        int k = the(i);
        Word sw = word(k);
        if (sw == null || sw.shift() == null || !w(k + 1, "week")) {
            return null;
        }
        int weeks = w(k, "this") && w(k + 1, "past") ? -1 : sw.shift();
        int j = k + 2;
        if (punct(j, "-") || w(j, "on")) {
            j++;
        }
        int weekday = weekdayAt(j);
        if (weekday == 0) {
            return null;
        }
        int end = afterWeekday(j);
        return new DatePart(end, DateSpec.relative(c -> c.anchor().weekdayOfWeek(weekday, weeks)));
    }

    /**
     * "the 21st this month", "the 15th day of next month", "the twenty-sixth day of the month", "12 of Nov": a day of
     * a month the text names by a shift or by reference, not by its name alone (dayFirst reads "the 9th of May").
     */
    private DatePart dayOfNamedMonth(int i) {
        int k = the(i);
        Num o = ordinal(k);
        boolean cardinal = false;
        if (o == null && k == i && isNumber(k) && at(k).digits() <= 2 && w(k + 1, "of")) {
            o = new Num(k + 1, at(k).number(), false); // "12 of Nov"
            cardinal = true;
        }
        if (o == null || o.value() < 1 || o.value() > 31) {
            return null;
        }
        int j = o.end();
        if (w(j, "day") && w(j + 1, "of")) {
            j++;
        }
        boolean of = w(j, "of");
        if (of) {
            j++;
        }
        if (cardinal) {
            Num m = month(j);
            if (m == null) {
                return null;
            }
            int month = (int) m.value();
            int day = (int) o.value();
            if (!validDay(month, day)) {
                return null;
            }
            return new DatePart(m.end(), DateSpec.relative(c -> c.anchor().monthDay(month, day, c.tense())));
        }
        int q = the(j);
        boolean monthWord = w(q, "month") || word(q) != null && word(q).shift() != null && w(q + 1, "month");
        if (!monthWord || !of && !w(j, "this") && !w(j, "next") && !w(j, "last")) {
            return null;
        }
        DatePart m = date(j);
        if (m == null) {
            return null;
        }
        int day = (int) o.value();
        return new DatePart(m.end(), new DateSpec(c -> {
            Cal month = m.spec().cal(c);
            if (month.grain() != Grain.MONTH || month.month() == Cal.UNKNOWN || !validDay(month.month(), day)) {
                return month;
            }
            return Cal.day(month.year(), month.month(), day);
        }, m.spec().relative()));
    }

    private boolean isClockAfter(int i) {
        return w(i, "am") || w(i, "pm") || w(i, "a") && punct(i + 1, ".") || w(i, "p") && punct(i + 1, ".");
    }

    /** The date nearest the reference that falls on this day of the month and this weekday ("Monday 21"). */
    private static Cal dayWithWeekday(Anchor a, int weekday, int day) {
        if (!a.known()) {
            return Cal.weekday(weekday);
        }
        LocalDate ref = a.date();
        for (int k = 0; k <= 24; k++) {
            for (int sign : new int[] {1, -1}) {
                LocalDate month = ref.withDayOfMonth(1).plusMonths((long) sign * k);
                if (day <= month.lengthOfMonth()) {
                    LocalDate d = month.withDayOfMonth(day);
                    if (d.getDayOfWeek().getValue() == weekday) {
                        return Cal.of(d);
                    }
                }
            }
        }
        return Cal.weekday(weekday);
    }

    /** today, tomorrow, yesterday, tonight; "the day before yesterday", "the day after tomorrow", "the day before". */
    private DatePart relativeDay(int i) {
        int k = the(i);
        // "the day before", "the next day", "the following day", "the previous day": next to the day the story last
        // named, else to the reference date
        if (k > i && w(k, "day") && (w(k + 1, "before") || w(k + 1, "after")) && !startsDate(k + 2)
                && !w(k + 2, "yesterday") && !w(k + 2, "tomorrow")) {
            int offset = w(k + 1, "before") ? -1 : 1;
            return new DatePart(k + 2, DateSpec.relative(c -> besideLastDay(c, offset)));
        }
        if (k > i && (w(k, "next") || w(k, "following") || w(k, "previous")) && w(k + 1, "day")) {
            int offset = w(k, "previous") ? -1 : 1;
            return new DatePart(k + 2, DateSpec.relative(c -> besideLastDay(c, offset)));
        }
        if (w(k, "day") && (w(k + 1, "before") && w(k + 2, "yesterday") || w(k + 1, "after") && w(k + 2, "tomorrow"))) {
            int offset = w(k + 1, "before") ? -2 : 2;
            return new DatePart(k + 3, DateSpec.relative(c -> c.anchor().day(offset)));
        }
        Word wd = word(i);
        if (wd == null || wd.dayOffset() == null) {
            return null;
        }
        int offset = wd.dayOffset();
        int end = i + 1;
        if (at(i).lower().endsWith("'s")) {
            end = i + 1;
        } else if (punct(end, "'") && tight(end) && w(end + 1, "s") && tight(end + 1)) {
            end = i + 1; // "today's": the possessive stays out
        }
        return new DatePart(end, DateSpec.relative(c -> c.anchor().day(offset)));
    }

    private static Cal besideLastDay(Context c, int offset) {
        LocalDate last = c.lastDay() == null ? null : c.lastDay().toDate();
        if (last != null) {
            return Cal.of(last.plusDays(offset));
        }
        return c.anchor().day(offset);
    }

    /** "the first week of 2019", "the last week of 2016", "week 3 of 2027": an ISO week of a year. */
    private DatePart weekOfYear(int i) {
        int k = the(i);
        int nth;
        int j;
        Num o = ordinal(k);
        if (o != null && o.value() >= 1 && o.value() <= 12 && w(o.end(), "month") && w(o.end() + 1, "of")
                && year(o.end() + 2) != null) { // "the third month of 2021"
            Num y = year(o.end() + 2);
            return new DatePart(y.end(), DateSpec.fixed(Cal.month((int) y.value(), (int) o.value())));
        }
        if (o != null && w(o.end(), "week")) {
            nth = (int) o.value();
            j = o.end() + 1;
        } else if (w(k, "last") && w(k + 1, "week")) {
            nth = -1;
            j = k + 2;
        } else if (w(k, "week") && isNumber(k + 1)) {
            nth = at(k + 1).number();
            j = k + 2;
        } else {
            return null;
        }
        if (!w(j, "of") || nth == 0 || nth > 53) {
            return null;
        }
        Num y = year(j + 1);
        if (y == null) {
            return weekOfPeriod(nth, j + 1);
        }
        int year = (int) y.value();
        int week = nth > 0 ? nth : LocalDate.of(year, 12, 28).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new DatePart(y.end(), DateSpec.fixed(Cal.of(Grain.WEEK, year, week)));
    }

    /**
     * "the third week of January", "the last week of this month", "week 27 of last year": the nth week of a month
     * or year the text names; null when what follows "of" is neither.
     */
    private DatePart weekOfPeriod(int nth, int j) {
        DatePart d = date(j);
        if (d == null || nth > 5 && !yearNamed(j)) {
            return null;
        }
        return new DatePart(d.end(), new DateSpec(c -> {
            Cal period = d.spec().cal(c);
            if (period.grain() == Grain.MONTH) {
                return nth > 5 ? period : Cal.weekOfMonth(period.year(), period.month(), nth);
            }
            if (period.grain() == Grain.YEAR && period.year() != Cal.UNKNOWN) {
                int year = period.year();
                int week = nth > 0 ? nth
                        : LocalDate.of(year, 12, 28).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                return Cal.of(Grain.WEEK, year, week);
            }
            return period;
        }, d.spec().relative()));
    }

    /** Whether the date at j names a year ("last year", "this year"), for weeks past the fifth. */
    private boolean yearNamed(int j) {
        int k = the(j);
        return w(k + 1, "year") && word(k) != null && word(k).shift() != null;
    }

    /** "the weekend", "this weekend" said of the weekend nearest in the clause's tense; "week 10" of this year. */
    private DatePart weekend(int i) {
        if ((w(i, "the") || w(i, "this")) && w(i + 1, "weekend")) {
            return new DatePart(i + 2, DateSpec.relative(c -> c.anchor().weekend(c.tense())));
        }
        if (w(i, "week") && isNumber(i + 1) && at(i + 1).digits() <= 2 && at(i + 1).number() >= 1
                && at(i + 1).number() <= 53) {
            int week = at(i + 1).number();
            return new DatePart(i + 2, DateSpec.relative(c -> Cal.of(Grain.WEEK, c.anchor().known()
                    ? c.anchor().date().getYear() : Cal.UNKNOWN, week)));
        }
        return null;
    }

    /** "in 3 days", "two years from now", "a week later": an amount of days or more away from the reference. */
    private record DayShift(int end, String unit, double amount) {
    }

    private DayShift dayShift(int i) {
        boolean in = w(i, "in");
        Num num = number(in ? i + 1 : i);
        if (num == null || num.fuzzy()) {
            return null;
        }
        Word u = word(num.end());
        if (u == null || u.unit() == null || !Set.of("D", "W", "FN", "M", "Y").contains(u.unit())) {
            return null;
        }
        int j = num.end() + 1;
        if (in) {
            return new DayShift(j, u.unit(), num.value());
        }
        if (w(j, "from") && (w(j + 1, "now") || w(j + 1, "today"))) {
            return new DayShift(j + 2, u.unit(), num.value());
        }
        if (w(j, "later") || w(j, "ago")) {
            return new DayShift(j + 1, u.unit(), w(j, "ago") ? -num.value() : num.value());
        }
        return null;
    }

    /**
     * "in 3 days on Friday", "Thursday, two years from now", "Saturday 3 days from now": that weekday in the week
     * (Monday to Sunday) of the day so far away.
     */
    private DatePart weekdayOfShiftedDay(int i) {
        int weekdayFirst = weekdayAt(i);
        int weekday;
        DayShift shift;
        int end;
        if (weekdayFirst > 0) {
            weekday = weekdayFirst;
            shift = dayShift(punct(i + 1, ",") ? i + 2 : i + 1);
            if (shift == null) {
                return null;
            }
            end = shift.end();
        } else {
            shift = dayShift(i);
            weekday = shift == null || !w(shift.end(), "on") ? 0 : weekdayAt(shift.end() + 1);
            if (weekday == 0) {
                return null;
            }
            end = shift.end() + 2;
        }
        DayShift s0 = shift;
        return new DatePart(end, DateSpec.relative(c -> {
            if (!c.anchor().known()) {
                return Cal.weekday(weekday);
            }
            LocalDate day = Anchor.plus(c.anchor().date(), s0.unit(), s0.amount());
            return Cal.of(day.plusDays(weekday - day.getDayOfWeek().getValue()));
        }));
    }

    /** "this 5/12", "next 5/12": a numeric date after a shift word, which adds nothing to it. */
    private DatePart shiftedNumeric(int i) {
        if (!w(i, "this") && !w(i, "next")) {
            return null;
        }
        DatePart d = numeric(i + 1);
        return d == null ? null : new DatePart(d.end(), d.spec());
    }

    /** "the week after next", "the month before last": two units from the reference's. */
    private DatePart twoAway(int i) {
        if (!w(i, "the") || word(i + 1) == null || word(i + 1).unit() == null
                || !(w(i + 2, "after") && w(i + 3, "next") || w(i + 2, "before") && w(i + 3, "last"))) {
            return null;
        }
        String unit = word(i + 1).unit();
        if (!Set.of("W", "M", "Y").contains(unit) || at(i + 1).lower().endsWith("s")) {
            return null;
        }
        int shift = w(i + 2, "after") ? 2 : -2;
        return new DatePart(i + 4, DateSpec.relative(c -> c.anchor().shift(unit, shift)));
    }

    /** "last week", "this year", "next month", "the coming year", "last April", "this summer", "last quarter". */
    private DatePart shifted(int i) {
        int k = the(i);
        Word sw = word(k);
        if (sw == null || sw.shift() == null) {
            return null;
        }
        int shift = sw.shift();
        int j = k + 1;
        if (w(k, "this") && w(j, "past")) {
            shift = -1;
            j++;
        }
        boolean fiscal = false;
        if (w(j, "fiscal")) {
            fiscal = true;
            j++;
        }
        Word u = word(j);
        if (u == null) {
            return null;
        }
        int s = shift;
        if (u.unit() != null && !at(j).lower().endsWith("s") || u.unit() != null && at(j).is("hours")) {
            String unit = u.unit();
            if (w(k, "past") && !w(i, "the")) {
                return null; // "past decade": a duration
            }
            if (w(k, "past") || w(k, "previous") && false) {
                return null;
            }
            if (Set.of("S", "MIN", "H").contains(unit)) {
                return null;
            }
            if (fiscal && unit.equals("Y")) {
                return new DatePart(j + 1, DateSpec.relative(c -> c.anchor().shift("Y", s)));
            }
            return new DatePart(j + 1, DateSpec.relative(c -> c.anchor().shift(unit, s)));
        }
        if (u.month() > 0 && !(AMBIGUOUS_MONTHS.contains(at(j).lower()) && !at(j).capitalized())) {
            int month = u.month();
            int end = dot(j + 1);
            return new DatePart(end, DateSpec.relative(c -> shiftedMonth(c.anchor(), month, s)));
        }
        if (u.season() != null) {
            String season = u.season();
            return new DatePart(j + 1, DateSpec.relative(c -> shiftedSeason(c.anchor(), season, s)));
        }
        return null;
    }

    /** "last April" is the last April before the reference month, "next April" the first after, "this April" this year's. */
    private static Cal shiftedMonth(Anchor a, int month, int shift) {
        if (!a.known()) {
            return Cal.month(Cal.UNKNOWN, month);
        }
        int year = a.date().getYear();
        int refMonth = a.date().getMonthValue();
        if (shift < 0) {
            year = month < refMonth ? year : year - 1;
        } else if (shift > 0) {
            year = month > refMonth ? year : year + 1;
        }
        return Cal.month(year, month);
    }

    private static Cal shiftedSeason(Anchor a, String season, int shift) {
        if (!a.known()) {
            return Cal.season(Cal.UNKNOWN, season);
        }
        int year = a.date().getYear();
        int refSeason = (a.date().getMonthValue() % 12) / 3;
        int target = seasonIndex(season);
        if (shift < 0 && target >= refSeason) {
            year--;
        } else if (shift > 0 && target <= refSeason) {
            year++;
        }
        return Cal.season(year, season);
    }

    /** "three years ago", "a week ago", "10 days ago", "two years from now", "a year earlier". */
    private DatePart ago(int i) {
        Num num = number(i);
        if (num == null) {
            return null;
        }
        Word u = word(num.end());
        if (u == null || u.unit() == null) {
            return null;
        }
        String unit = u.unit();
        int j = num.end() + 1;
        if (w(j, "or") && w(j + 1, "so")) {
            j += 2;
        }
        double amount = num.value();
        Set<String> dayUnits = Set.of("D", "W", "FN", "M", "Y");
        Num num2 = w(j, "and") && !num.fuzzy() && dayUnits.contains(unit) ? number(j + 1) : null;
        Word u2 = num2 == null || num2.fuzzy() ? null : word(num2.end());
        if (u2 != null && u2.unit() != null && dayUnits.contains(u2.unit())
                && (w(num2.end() + 1, "ago") || w(num2.end() + 1, "later"))) {
            // "2 weeks and 2 days ago": both amounts, to the day
            double sign = w(num2.end() + 1, "ago") ? -1 : 1;
            String unit2 = u2.unit();
            double amount2 = num2.value();
            return new DatePart(num2.end() + 2, DateSpec.relative(c -> c.anchor().known() ? Cal.of(Anchor.plus(
                    Anchor.plus(c.anchor().date(), unit, sign * amount), unit2, sign * amount2)) : Anchor.unknown("D")));
        }
        boolean back = w(j, "ago") || w(j, "earlier") || w(j, "before") && !startsDate(j + 1);
        if (num.fuzzy()) {
            return back ? null : null; // "a few years ago": see reference()
        }
        if (back && unit.equals("Y") && amount == 1 && (w(j, "ago") || w(j, "earlier"))) {
            // "a year earlier": in a story about a quarter, that quarter a year before
            return new DatePart(j + 1, DateSpec.anaphoric(Grammar::yearBefore));
        }
        if (back) {
            return timeShift(j + 1, unit, -amount);
        }
        if (w(j, "later") || w(j, "hence") || w(j, "from") && (w(j + 1, "now") || w(j + 1, "today"))) {
            int end = w(j, "from") ? j + 2 : j + 1;
            return timeShift(end, unit, amount);
        }
        if ((w(j, "before") || w(j, "after") || w(j, "from") && !w(j + 1, "now")) && startsDate(j + 1)) {
            DatePart d = date(j + 1);
            double sign = w(j, "before") ? -1 : 1;
            return new DatePart(d.end(), new DateSpec(c -> {
                Cal base = d.spec().cal(c);
                LocalDate from = base.toDate();
                // "three months after Easter": from a day, a day
                return from == null ? base : Cal.of(Anchor.plus(from, unit, sign * amount));
            }, d.spec().relative()));
        }
        return null;
    }

    /** The reporting quarter a year before when the story has named a quarter, else the year before the reference. */
    private static Cal yearBefore(Context c) {
        Cal q = c.lastQuarter();
        if (q != null) {
            return Cal.of(Grain.QUARTER, q.year() - 1, q.part());
        }
        return c.anchor().known() ? Cal.year(c.anchor().date().getYear() - 1) : Cal.year(Cal.UNKNOWN);
    }

    /**
     * The period a financial story reports on: "the quarter", "the latest quarter", "the latest period", "the 1988
     * period", "the year-ago quarter", "the year-earlier third quarter", "year-ago", "this year's third quarter".
     */
    private DatePart reportingPeriod(int i) {
        int k = the(i);
        boolean the = k > i;
        // "year-ago", "year-earlier" (also as a modifier: "the year-ago quarter", "a year-earlier loss")
        boolean yearAgo = w(k, "year") && punct(k + 1, "-") && tight(k + 1) && (w(k + 2, "ago") || w(k + 2, "earlier"));
        if (yearAgo) {
            int j = k + 3;
            Num ord = ordinal(j);
            if (ord != null && ord.value() >= 1 && ord.value() <= 4 && (w(ord.end(), "quarter") || w(ord.end(), "period"))) {
                int part = (int) ord.value();
                return new DatePart(ord.end() + 1, DateSpec.anaphoric(c -> {
                    Cal q = c.reportingQuarter();
                    return Cal.of(Grain.QUARTER, q.year() == Cal.UNKNOWN ? Cal.UNKNOWN : q.year() - 1, part);
                }));
            }
            int end = the && (w(j, "quarter") || w(j, "period")) ? j + 1 : j;
            if (!the && i > 0 && (w(i - 1, "a") || w(i - 1, "the"))) {
                return null;
            }
            return new DatePart(end, DateSpec.anaphoric(c -> {
                Cal q = c.reportingQuarter();
                return Cal.of(Grain.QUARTER, q.year() == Cal.UNKNOWN ? Cal.UNKNOWN : q.year() - 1, q.part());
            }));
        }
        if (!the && !w(k, "this")) {
            return null;
        }
        int j = the ? k : k + 1;
        if (w(j, "latest") || w(j, "most") && w(j + 1, "recent")) {
            j += w(j, "most") ? 2 : 1;
        } else if (w(k, "this") && w(k + 1, "quarter")) {
            return new DatePart(k + 2, DateSpec.anaphoric(Context::reportingQuarter));
        }
        Num y = year(j);
        if (y != null && (w(y.end(), "period") || w(y.end(), "quarter"))) {
            int yv = (int) y.value();
            return new DatePart(y.end() + 1, DateSpec.anaphoric(c -> Cal.of(Grain.QUARTER, yv, c.reportingQuarter().part())));
        }
        if (the && (w(j, "quarter") || j > k && w(j, "period")) && !(punct(j + 1, "'") || w(j + 1, "of") || w(j + 1, "ended")
                && false)) {
            return new DatePart(j + 1, DateSpec.anaphoric(Context::reportingQuarter));
        }
        return null;
    }

    private static final Set<String> PERIOD_ADJECTIVES = Set.of("full", "fiscal", "current", "whole", "entire");

    /**
     * "the year", "the full year", "the fiscal year", "the week", "the month": the period the story is in, as a
     * financial story's "the quarter" is the one it reports on. Not "the year before", "the year-ago quarter", "the
     * year 2011", "the week of March 6" (other readers), nor a period that heads a clause of its own ("the year
     * that followed").
     */
    private DatePart currentPeriod(int i) {
        if (!w(i, "the")) {
            return null;
        }
        int k = i + 1;
        if (w(k, "latest") && w(k + 1, "fiscal")) {
            k++;
        }
        if (any(k, PERIOD_ADJECTIVES)) {
            k++;
        }
        if (!(w(k, "year") || w(k, "week") || w(k, "month")) || w(k, "year") && (w(k + 1, "ended") || w(k + 1, "ending"))) {
            return null;
        }
        Piece next = at(k + 1);
        if (next != null && (next.isNumber() || punct(k + 1, "-") || punct(k + 1, "'") && !w(k + 2, "s")
                || next.isWord() && (Set.of("before", "after", "earlier", "later", "ago", "of", "that", "when", "in",
                "to", "following", "prior", "beginning", "starting", "commencing", "ending", "ended").contains(next.lower()) || next.word() != null && next.word().number() != null))) {
            return null;
        }
        String unit = word(k).unit();
        return new DatePart(k + 1, DateSpec.relative(c -> c.anchor().shift(unit, 0)));
    }

    private static final Set<String> THAT_UNITS = Set.of("D", "W", "WE", "M", "Q", "Y");

    /**
     * "that year", "that weekend", "later that year", "that same day", "that quarter": the period of the last date
     * the story named (the reference's when it named none).
     */
    private DatePart thatPeriod(int i) {
        if (!w(i, "that")) {
            return null;
        }
        int k = w(i + 1, "same") ? i + 2 : i + 1;
        Word u = word(k);
        if (u == null || u.unit() == null || at(k).lower().endsWith("s") || !THAT_UNITS.contains(u.unit())) {
            return null;
        }
        String unit = u.unit();
        return new DatePart(k + 1, DateSpec.anaphoric(c -> periodOf(c.lastDated(), unit, c)));
    }

    /** The period of {@code unit} that holds a named date, or the reference's when the date lacks it. */
    private static Cal periodOf(Cal named, String unit, Context c) {
        if (named == null || named.year() == Cal.UNKNOWN) {
            return c.anchor().shift(unit, 0);
        }
        LocalDate day = named.firstDay(named.year());
        return switch (unit) {
            case "Y" -> Cal.year(named.year());
            case "Q" -> named.grain() == Grain.QUARTER ? named : day == null ? Cal.of(Grain.QUARTER, named.year(),
                    Cal.UNKNOWN) : Cal.of(Grain.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case "M" -> named.month() != Cal.UNKNOWN ? Cal.month(named.year(), named.month())
                    : Cal.month(named.year(), Cal.UNKNOWN);
            case "W", "WE" -> day == null || named.grain() != Grain.DAY ? Cal.of(unit.equals("W") ? Grain.WEEK
                    : Grain.WEEKEND, named.year(), Cal.UNKNOWN) : Cal.week(day, unit.equals("WE"));
            default -> named.isFullDay() ? named : Cal.day(named.year(), named.month(), Cal.UNKNOWN);
        };
    }

    private DatePart timeShift(int end, String unit, double amount) {
        if (Set.of("S", "MIN", "H", "WE").contains(unit)) {
            return null;
        }
        return new DatePart(end, DateSpec.relative(c -> c.anchor().known()
                ? Anchor.moved(c.anchor().date(), unit, amount) : Anchor.unknown(unit)));
    }

    private boolean startsDate(int i) {
        DatePart d = at(i) == null ? null : date(i);
        return d != null;
    }

    /** Quarters, halves, decades, centuries, seasons and fiscal years. */
    private DatePart period(int i) {
        int k = the(i);
        boolean fiscal = false;
        if (w(k, "fiscal") && !w(k + 1, "year")) {
            Num y = year(k + 1);
            if (y != null) {
                int fy = (int) y.value();
                return new DatePart(y.end(), DateSpec.fixed(Cal.year(fy)));
            }
            fiscal = true;
            k++;
        }
        if (w(k, "fiscal") && w(k + 1, "year")) {
            Num y = year(k + 2);
            if (y != null) {
                return new DatePart(y.end(), DateSpec.fixed(Cal.year((int) y.value())));
            }
        }
        DatePart q = quarter(k, fiscal);
        if (q != null) {
            return q;
        }
        DatePart d = decade(k);
        if (d != null) {
            return d;
        }
        DatePart c = century(k);
        if (c != null) {
            return c;
        }
        return season(i, k);
    }

    /** "Q3 2024", "2017-q1", "the third quarter [of 1989]", "third-quarter", "the first half of 1990". */
    private DatePart quarter(int i, boolean fiscal) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        // Q3, Q3 2024, q1-2019, Q3/2024
        if (x.isWord() && (x.is("q") || x.is("h")) && isNumber(i + 1) && tight(i + 1)) {
            int part = at(i + 1).number();
            boolean half = x.is("h");
            if (part < 1 || part > (half ? 2 : 4)) {
                return null;
            }
            Grain g = half ? Grain.HALF : Grain.QUARTER;
            int j = i + 2;
            int yj = (punct(j, "-") || punct(j, "/")) && tight(j) ? j + 1 : j;
            if (w(yj, "of")) {
                yj++;
            }
            Num y = year(yj);
            if (y != null) {
                return new DatePart(y.end(), DateSpec.fixed(Cal.of(g, (int) y.value(), part)));
            }
            return new DatePart(j, DateSpec.relative(c -> c.anchor().known()
                    ? Cal.of(g, c.anchor().date().getYear(), part) : Cal.of(g, Cal.UNKNOWN, part)));
        }
        // 2017-q1, 2017 q1, 2024 Q3
        Num y0 = year(i);
        if (y0 != null && at(y0.end()) != null && (at(y0.end()).is("q") || at(y0.end()).is("-") && w(y0.end() + 1, "q"))) {
            int qi = at(y0.end()).is("-") ? y0.end() + 1 : y0.end();
            if (isNumber(qi + 1) && tight(qi + 1) && at(qi + 1).number() >= 1 && at(qi + 1).number() <= 4) {
                return new DatePart(qi + 2, DateSpec.fixed(Cal.of(Grain.QUARTER, (int) y0.value(), at(qi + 1).number())));
            }
        }
        // "next year's first quarter", "this year's third quarter", "1990's first half"
        DatePart owner = w(i, "this") || w(i, "last") || w(i, "next") ? shifted(i) : null;
        Num ownerYear = owner == null ? year(i) : null;
        int ownerEnd = owner != null ? owner.end() : ownerYear != null ? ownerYear.end() : -1;
        if (ownerEnd > 0 && punct(ownerEnd, "'") && w(ownerEnd + 1, "s")) {
            DatePart inner = quarter(the(ownerEnd + 2), fiscal);
            if (inner != null) {
                DatePart ow = owner;
                Num oy = ownerYear;
                return new DatePart(inner.end(), new DateSpec(c -> {
                    Cal q = inner.spec().cal(c);
                    int year = ow != null ? ow.spec().cal(c).year() : (int) oy.value();
                    return Cal.of(q.grain(), year, q.part());
                }, owner != null));
            }
        }
        // "the 1988 second quarter"
        Num leadYear = year(i);
        if (leadYear != null && ordinal(leadYear.end()) != null) {
            DatePart inner = quarter(leadYear.end(), fiscal);
            if (inner != null) {
                int yv = (int) leadYear.value();
                return new DatePart(inner.end(), new DateSpec(c -> {
                    Cal q = inner.spec().cal(c);
                    return Cal.of(q.grain(), yv, q.part());
                }, false));
            }
        }
        Num ord = ordinal(i);
        int j;
        int part;
        if (ord != null) {
            part = (int) ord.value();
            j = ord.end();
        } else if (w(i, "last") || w(i, "latest") || w(i, "final")) {
            part = -1;
            j = i + 1;
        } else {
            return null;
        }
        if (punct(j, "-") && tight(j)) {
            j++;
        }
        if (w(j, "fiscal")) {
            fiscal = true;
            j++;
            if (punct(j, "-")) {
                j++;
            }
        }
        boolean half = w(j, "half");
        if (!(w(j, "quarter") || half)) {
            return null;
        }
        if (part == -1) {
            if (w(i, "latest")) {
                return null; // "the latest quarter": the quarter the story reports on, not known here
            }
            part = half ? 2 : 4;
        }
        if (part < 1 || part > (half ? 2 : 4)) {
            return null;
        }
        Grain g = half ? Grain.HALF : Grain.QUARTER;
        int end = j + 1;
        int yj = end;
        if (w(yj, "of")) {
            yj++;
            if (w(yj, "fiscal")) {
                yj++;
            }
        } else if (punct(yj, ",")) {
            yj++;
        }
        Num y = year(yj);
        if (y != null) {
            int pt = part;
            return new DatePart(y.end(), DateSpec.fixed(Cal.of(g, (int) y.value(), pt)));
        }
        if (w(yj, "this") || w(yj, "last") || w(yj, "next")) {
            DatePart yr = shifted(yj);
            if (yr != null) {
                int pt = part;
                return new DatePart(yr.end(), new DateSpec(c -> {
                    Cal base = yr.spec().cal(c);
                    return Cal.of(g, base.year(), pt);
                }, true));
            }
        }
        int pt = part;
        return new DatePart(end, DateSpec.relative(c -> periodOfYear(c, g, pt)));
    }

    /**
     * A quarter or half named without a year is this year's, unless it has not begun yet and the clause is not in the
     * future tense: "fourth-quarter results" reported in January are last year's.
     */
    private static Cal periodOfYear(Context c, Grain g, int part) {
        if (!c.anchor().known()) {
            return Cal.of(g, Cal.UNKNOWN, part);
        }
        LocalDate ref = c.anchor().date();
        int current = g == Grain.QUARTER ? (ref.getMonthValue() - 1) / 3 + 1 : (ref.getMonthValue() <= 6 ? 1 : 2);
        int year = ref.getYear();
        if (part > current && c.tense() != Tense.FUTURE) {
            year--;
        }
        return Cal.of(g, year, part);
    }

    /** "the 1990s", "1990s", "'80s", "the nineties", "1990 s". */
    private DatePart decade(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        if (x.isNumber() && x.digits() == 4 && x.number() % 10 == 0 && x.number() >= 1000 && x.number() < 2200
                && w(i + 1, "s") && (tight(i + 1) || i > 0 && w(i - 1, "in"))) {
            return new DatePart(i + 2, DateSpec.fixed(Cal.of(Grain.DECADE, Cal.UNKNOWN, x.number() / 10)));
        }
        if (x.is("'") && isNumber(i + 1) && tight(i + 1) && at(i + 1).digits() == 2 && at(i + 1).number() % 10 == 0
                && w(i + 2, "s") && tight(i + 2)) {
            int tens = at(i + 1).number();
            return new DatePart(i + 3, DateSpec.relative(c -> decadeOf(c.anchor(), tens)));
        }
        if (x.isNumber() && x.digits() == 2 && x.number() % 10 == 0 && w(i + 1, "s") && tight(i + 1) && w(i - 1, "the")) {
            int tens = x.number();
            return new DatePart(i + 2, DateSpec.relative(c -> decadeOf(c.anchor(), tens)));
        }
        if (x.isWord() && x.lower().endsWith("ies") && x.lower().length() > 5) {
            Word tensWord = null;
            String stem = x.lower().substring(0, x.lower().length() - 3) + "y";
            if (Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety").contains(stem)
                    && (w(i - 1, "the") || w(i - 1, "early") || w(i - 1, "late") || w(i - 1, "mid"))) {
                int tens = switch (stem) {
                    case "twenty" -> 20;
                    case "thirty" -> 30;
                    case "forty" -> 40;
                    case "fifty" -> 50;
                    case "sixty" -> 60;
                    case "seventy" -> 70;
                    case "eighty" -> 80;
                    default -> 90;
                };
                return new DatePart(i + 1, DateSpec.relative(c -> decadeOf(c.anchor(), tens)));
            }
        }
        return null;
    }

    private static Cal decadeOf(Anchor a, int tens) {
        if (!a.known()) {
            return Cal.of(Grain.DECADE, Cal.UNKNOWN, Cal.UNKNOWN);
        }
        int century = a.date().getYear() / 100;
        int decade = century * 10 + tens / 10;
        if (decade * 10 > a.date().getYear()) {
            decade -= 10;
        }
        return Cal.of(Grain.DECADE, Cal.UNKNOWN, decade);
    }

    /** "the 20th century", "15th century", "the twenty-first century" (TIMEX3 "19", "14", "20"). */
    private DatePart century(int i) {
        Num o = ordinal(i);
        if (o == null || o.value() < 1 || o.value() > 30) {
            return null;
        }
        if (w(o.end(), "century")) {
            return new DatePart(o.end() + 1, DateSpec.fixed(Cal.of(Grain.CENTURY, Cal.UNKNOWN, (int) o.value() - 1)));
        }
        return null;
    }

    /** "summer 2024", "the summer of 2024", "the summer", "in winter": a season ({@code i}, or "the" at {@code from}). */
    private DatePart season(int from, int i) {
        Word wd = word(i);
        if (wd == null || wd.season() == null) {
            return null;
        }
        String season = wd.season();
        int j = i + 1;
        int yj = w(j, "of") ? j + 1 : j;
        Num y = year(yj);
        if (y != null) {
            return new DatePart(y.end(), DateSpec.fixed(Cal.season((int) y.value(), season)));
        }
        return bareSeason(from, i, season);
    }

    private static final Set<String> BEFORE_SEASON = Set.of("in", "during", "over", "throughout", "through", "by",
            "until", "till", "since", "into", "for", "before", "after", "whole", "entire", "all");

    /**
     * "the summer", "over the summer", "in winter": the season nearest the reference in the clause's tense. A season
     * word alone must follow a preposition, and "fall" and "spring" (also a verb and a noun of their own) must
     * follow "the" after one; "the fall of the Wall" (a season of something) is no time.
     */
    private DatePart bareSeason(int from, int i, String season) {
        boolean the = i > from;
        boolean ambiguous = w(i, "fall") || w(i, "spring");
        int before = the ? from - 1 : i - 1;
        if (!any(before, BEFORE_SEASON) || ambiguous && !the || w(i + 1, "of") || at(i + 1) != null
                && at(i + 1).isNumber() || punct(i + 1, "-")) {
            return null;
        }
        return new DatePart(i + 1, DateSpec.relative(c -> seasonInTense(c.anchor(), season, c.tense())));
    }

    /** 0 winter, 1 spring, 2 summer, 3 fall: the order of the seasons in a year, as {@code (month % 12) / 3}. */
    private static int seasonIndex(String season) {
        return switch (season) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 0;
        };
    }

    /** The season of the reference's year, or of the year before (after) when the tense puts it behind (ahead). */
    private static Cal seasonInTense(Anchor a, String season, Tense tense) {
        if (!a.known()) {
            return Cal.season(Cal.UNKNOWN, season);
        }
        int refSeason = (a.date().getMonthValue() % 12) / 3;
        int target = seasonIndex(season);
        int year = a.date().getYear();
        if (tense == Tense.PAST && target > refSeason) {
            year--;
        } else if (tense == Tense.FUTURE && target < refSeason) {
            year++;
        }
        return Cal.season(year, season);
    }

    /** A year on its own: "in 1987", "1987's". */
    private DatePart yearAlone(int i) {
        Num y = year(i);
        if (y == null) {
            return null;
        }
        Piece next = at(y.end());
        if (next != null && next.isWord() && (next.word() != null && next.word().unit() != null
                || Set.of("people", "percent", "times", "troops", "units", "members", "cases", "votes", "feet",
                "meters", "metres", "miles", "tons", "tonnes", "shares", "jobs", "km", "kg").contains(next.lower()))) {
            return null;
        }
        if (next != null && next.isWord() && !next.spaceBefore() && !next.is("s")) {
            return null;
        }
        // "deliver 2000 pieces": a count before a plural noun, unless a preposition makes it a year ("in 2019 sales")
        if (next != null && next.isWord() && !next.capitalized() && next.lower().endsWith("s") && next.lower().length() > 3
                && next.word() == null && !any(i - 1, YEAR_INTRODUCERS)) {
            return null;
        }
        if (punct(y.end(), "-") && tight(y.end()) && isNumber(y.end() + 1) && tight(y.end() + 1)
                && !options.ranges()) {
            return null;
        }
        return new DatePart(y.end(), DateSpec.fixed(Cal.year((int) y.value())));
    }

    private static final Set<String> HOLIDAY_BEHIND = Set.of("last", "past", "previous");
    private static final Set<String> HOLIDAY_AHEAD = Set.of("next", "coming", "following");

    /**
     * "Labor Day weekend", "the weekend of Thanksgiving 2023": the weekend of a holiday; a Monday holiday's is the
     * one before it (the long weekend that ends with it).
     */
    private DatePart holidayWeekend(int i) {
        DatePart inner;
        int end;
        int k = the(i);
        if (w(k, "weekend") && w(k + 1, "of")) {
            inner = holiday(k + 2);
            end = inner == null ? -1 : inner.end();
        } else {
            inner = holiday(i);
            end = inner == null || !w(inner.end(), "weekend") ? -1 : inner.end() + 1;
            Num y = end < 0 ? null : year(end);
            if (y != null && inner.spec().relative()) {
                inner = holidayInYear(i, (int) y.value());
                end = y.end();
            }
        }
        if (inner == null || end < 0) {
            return null;
        }
        DatePart day = inner;
        return new DatePart(end, new DateSpec(c -> {
            LocalDate d = day.spec().cal(c).toDate();
            if (d == null) {
                return Cal.of(Grain.WEEKEND, Cal.UNKNOWN, Cal.UNKNOWN);
            }
            return Cal.week(d.getDayOfWeek() == DayOfWeek.MONDAY ? d.minusDays(1) : d, true);
        }, day.spec().relative()));
    }

    /**
     * The holiday at i in a year given after it ("Halloween weekend 2021"), or null: resolved from that year's
     * midsummer, every holiday's date in the same year is the nearest.
     */
    private DatePart holidayInYear(int i, int year) {
        DatePart d = holiday(i);
        if (d == null) {
            return null;
        }
        Context midYear = new Context(new Anchor(LocalDate.of(year, 7, 1)), Tense.UNKNOWN, null, null);
        return new DatePart(d.end(), DateSpec.fixed(d.spec().cal(midYear)));
    }

    /** Christmas, Halloween, New Year's Day, Thanksgiving: their date in the year nearest the reference. */
    private DatePart holiday(int i) {
        Tense forced = any(i, HOLIDAY_BEHIND) ? Tense.PAST : any(i, HOLIDAY_AHEAD) ? Tense.FUTURE : null;
        if (forced != null) {
            // "last Thanksgiving", "next Christmas", "the following Easter": the holiday's date behind (ahead of) the
            // reference whatever the clause's tense
            DatePart inner = holiday(i + 1);
            if (inner == null || !inner.spec().relative()) {
                return null;
            }
            return new DatePart(inner.end(), DateSpec.relative(c -> inner.spec().cal(
                    new Context(c.anchor(), forced, c.lastDay(), c.lastQuarter(), c.lastDated()))));
        }
        Word wd = word(i);
        int month;
        int day;
        int end = i + 1;
        java.util.function.IntFunction<LocalDate> named = at(i) != null && at(i + 1) != null && at(i).isWord()
                ? Holidays.twoWords(at(i).lower(), at(i + 1).lower()) : null;
        boolean otherNewYear = w(i, "new") && (w(i - 1, "a") || punct(i + 2, "'") || w(i - 1, "lunar")
                || at(i - 1) != null && at(i - 1).isWord() && at(i - 1).capitalized() && word(i - 1) == null);
        if (named != null && !otherNewYear) { // not "a new year", "Chinese New Year", "the Lunar New Year"
            Num y = year(i + 2);
            if (y != null) {
                return new DatePart(y.end(), DateSpec.fixed(Cal.of(named.apply((int) y.value()))));
            }
            return new DatePart(i + 2, DateSpec.relative(c -> nearestHoliday(c, named)));
        }
        if (w(i, "new") && w(i + 1, "year") && punct(i + 2, "'") && w(i + 3, "s") && (w(i + 4, "day") || w(i + 4, "eve"))) {
            month = w(i + 4, "eve") ? 12 : 1;
            day = w(i + 4, "eve") ? 31 : 1;
            end = i + 5;
        } else if (w(i, "easter") && !(at(i + 1) != null && at(i + 1).isWord() && at(i + 1).capitalized()
                && word(i + 1) == null) // "Easter Island"
                && (i == 0 || at(i).capitalized() || w(i - 1, "on") || year(i + 1) != null
                || any(i - 1, HOLIDAY_BEHIND) || any(i - 1, HOLIDAY_AHEAD))) {
            end = w(i + 1, "sunday") || w(i + 1, "day") ? i + 2 : i + 1;
            Num y = year(end);
            if (y != null) {
                LocalDate d = easter((int) y.value());
                return new DatePart(y.end(), DateSpec.fixed(Cal.of(d)));
            }
            return new DatePart(end, DateSpec.relative(c -> {
                if (!c.anchor().known()) {
                    return Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, Cal.UNKNOWN);
                }
                int year = c.anchor().date().getYear();
                LocalDate d = easter(year);
                if (c.tense() == Tense.PAST && d.isAfter(c.anchor().date())) {
                    d = easter(year - 1);
                } else if (c.tense() == Tense.FUTURE && d.isBefore(c.anchor().date())) {
                    d = easter(year + 1);
                }
                return Cal.of(d);
            }));
        } else if (w(i, "thanksgiving")) {
            end = w(i + 1, "day") ? i + 2 : i + 1;
            Num y = year(end);
            if (y != null) {
                return new DatePart(y.end(), DateSpec.fixed(Cal.of(Holidays.thanksgiving((int) y.value()))));
            }
            return new DatePart(end, DateSpec.relative(c -> thanksgiving(c)));
        } else if (wd != null && wd.holiday() != null) {
            String[] md = wd.holiday().split("-");
            month = Integer.parseInt(md[0]);
            day = Integer.parseInt(md[1]);
            if (w(i + 1, "eve")) {
                day--;
                end++;
            } else if (w(i + 1, "day")) {
                end++;
            }
        } else {
            return null;
        }
        int m = month;
        int d = day;
        int e = end;
        Num y = year(e);
        if (y != null) {
            return new DatePart(y.end(), DateSpec.fixed(Cal.day((int) y.value(), m, d)));
        }
        return new DatePart(e, DateSpec.relative(c -> c.anchor().monthDay(m, d, c.tense())));
    }

    /** Western Easter Sunday of a year (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** A holiday's date in the year the tense points to: the last one in the past, the next in the future, else the nearest. */
    private static Cal nearestHoliday(Context c, java.util.function.IntFunction<LocalDate> rule) {
        if (!c.anchor().known()) {
            return Cal.day(Cal.UNKNOWN, Cal.UNKNOWN, Cal.UNKNOWN);
        }
        LocalDate ref = c.anchor().date();
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = rule.apply(y);
            boolean fits = switch (c.tense()) {
                case PAST -> !d.isAfter(ref);
                case FUTURE -> !d.isBefore(ref);
                case UNKNOWN -> true;
            };
            if (fits && (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay())
                    < Math.abs(best.toEpochDay() - ref.toEpochDay()))) {
                best = d;
            }
        }
        return Cal.of(best);
    }

    private static Cal thanksgiving(Context c) {
        if (!c.anchor().known()) {
            return Cal.day(Cal.UNKNOWN, 11, Cal.UNKNOWN);
        }
        Cal nov = c.anchor().month(11, c.tense());
        LocalDate d = LocalDate.of(nov.year(), 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        return Cal.of(d);
    }

    private static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 ? 29 : 31)
                && !(day == 31 && (month == 4 || month == 6 || month == 9 || month == 11));
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ times of day

    /** "4pm", "10:30 a.m.", "10:35", "noon", "7 o'clock", "half past 3", "ten past 9", "11ish", "1140 a.m." */
    private ClockPart clock(int i) {
        Piece x = at(i);
        if (x == null) {
            return null;
        }
        Word wd = x.word();
        if (x.isWord() && wd != null && wd.part() != null && Character.isDigit(wd.part().charAt(0))) {
            Clock c = new Clock(Integer.parseInt(wd.part()), 0, -1, null, true);
            return new ClockPart(i + 1, c);
        }
        // "half past 3", "quarter to 5", "ten past 9", "thirty-six minutes past eight"
        ClockPart past = pastTo(i);
        if (past != null) {
            return past;
        }
        int hour;
        int minute = -1;
        int second = -1;
        int j;
        if (x.isNumber() && x.digits() <= 2) {
            hour = x.number();
            j = i + 1;
            if (punct(j, ":") && tight(j) && isNumber(j + 1) && tight(j + 1) && at(j + 1).digits() == 2) {
                minute = at(j + 1).number();
                j += 2;
                if (punct(j, ":") && tight(j) && isNumber(j + 1) && tight(j + 1) && at(j + 1).digits() == 2) {
                    second = at(j + 1).number();
                    j += 2;
                }
            } else if (punct(j, ".") && tight(j) && isNumber(j + 1) && tight(j + 1) && at(j + 1).digits() == 2
                    && (meridiem(j + 2) != 0 || w(i - 1, "at") && (at(j + 2) == null || !at(j + 2).isWord()
                    || any(j + 2, TIME_ZONES) || at(j + 2).capitalized() && w(j + 3, "time")))) {
                minute = at(j + 1).number();
                j += 2;
            }
        } else if (x.isNumber() && (x.digits() == 3 || x.digits() == 4) && meridiem(i + 1) != 0) {
            hour = x.number() / 100;
            minute = x.number() % 100;
            j = i + 1;
        } else if (x.isWord() && wd != null && wd.number() != null && wd.number() >= 1 && wd.number() <= 12) {
            hour = wd.number();
            j = i + 1;
            if (punct(j, "-") && tight(j) && tight(j + 1) && word(j + 1) != null && word(j + 1).number() != null) {
                j++; // "five-thirty"
            }
            // "three thirty", "two forty five"
            Num mins = number(j);
            if (mins != null && !mins.fuzzy() && at(j).isWord() && mins.value() >= 10 && mins.value() < 60
                    && (meridiem(mins.end()) != 0 || oclock(mins.end()) > 0 || inPart(mins.end()) != null
                    || w(i - 1, "at") || w(i - 1, "from") || w(i - 1, "to"))) {
                minute = (int) mins.value();
                j = mins.end();
            }
        } else {
            return null;
        }
        if (hour > 24 || minute > 59 || second > 59) {
            return null;
        }
        Clock c = new Clock(hour, minute, second, null, false);
        int m = meridiem(j);
        boolean explicit = minute >= 0;
        if (m != 0) {
            int len = meridiemLength(j);
            c = m > 0 ? c.pm() : c.am();
            j += len;
            explicit = true;
        } else if (oclock(j) > 0) {
            j = oclock(j);
            explicit = true;
        } else if (w(j, "ish") && tight(j)) {
            j++;
            explicit = true;
        } else if (w(j, "ampm") && tight(j)) {
            j++;
            explicit = true;
        } else if (w(j, "noon") && hour == 12) {
            j++;
            explicit = true;
        }
        if (!explicit) {
            return null;
        }
        if (hour > 12 && m != 0) {
            return null;
        }
        if (any(j, TIME_ZONES)) {
            j++;
        }
        return new ClockPart(j, c);
    }

    /** A clock as a range endpoint: also a bare hour ("from 10 to 11:30", "9-10 am"). */
    private ClockPart bareHour(int i) {
        ClockPart c = clock(i);
        if (c != null) {
            return c;
        }
        Piece x = at(i);
        if (x != null && x.isNumber() && x.digits() <= 2 && x.number() <= 24) {
            if (punct(i + 1, ":") || punct(i + 1, "/") || punct(i + 1, ".") && tight(i + 1) && isNumber(i + 2)
                    && tight(i + 2)) {
                return null; // "10:30" is read as a clock, "2.5" is a number
            }
            return new ClockPart(i + 1, new Clock(x.number(), -1, -1, null, false));
        }
        if (x != null && x.isNumber() && x.digits() == 4 && x.lower().charAt(0) == '0' && x.number() % 100 < 60) {
            return new ClockPart(i + 1, new Clock(x.number() / 100, x.number() % 100, -1, null, true));
        }
        Word wd = word(i);
        if (wd != null && wd.number() != null && wd.number() >= 1 && wd.number() <= 12) {
            Num mins = number(i + 1);
            if (mins != null && !mins.fuzzy() && at(i + 1).isWord() && mins.value() >= 10 && mins.value() < 60) {
                return new ClockPart(mins.end(), new Clock(wd.number(), (int) mins.value(), -1, null, false));
            }
            return new ClockPart(i + 1, new Clock(wd.number(), -1, -1, null, false));
        }
        return null;
    }

    private ClockPart pastTo(int i) {
        int minutes;
        int j;
        if (w(i, "half")) {
            minutes = 30;
            j = i + 1;
        } else if (w(i, "quarter") || w(i, "a") && w(i + 1, "quarter")) {
            minutes = 15;
            j = w(i, "a") ? i + 2 : i + 1;
        } else {
            Num num = number(i);
            if (num == null || num.fuzzy() || num.value() < 1 || num.value() >= 60) {
                return null;
            }
            minutes = (int) num.value();
            j = num.end();
            if (w(j, "minutes") || w(j, "minute") || w(j, "mins")) {
                j++;
            }
        }
        boolean to = w(j, "to") || w(j, "before");
        if (!(w(j, "past") || w(j, "after") || to)) {
            return null;
        }
        // "five to seven" is more often a range than 6:55; "to" reads as minutes only with "half", "quarter",
        // "minutes"
        boolean minutesSaid = w(i, "half") || w(i, "quarter") || w(i + 1, "quarter") || w(j - 1, "minutes")
                || w(j - 1, "minute") || w(j - 1, "mins");
        if (to && !minutesSaid) {
            return null;
        }
        if (w(j, "after") && !minutesSaid) {
            return null;
        }
        ClockPart h = bareHourOnly(j + 1);
        if (h == null) {
            return null;
        }
        // "ten past nine", but not "two to three weeks": the hour ends the phrase, or a clock word follows it
        Piece after = at(h.end());
        if (after != null && after.isWord() && meridiem(h.end()) == 0 && oclock(h.end()) == 0 && inPart(h.end()) == null
                && !w(h.end(), "tonight") && !w(h.end(), "today") && !w(h.end(), "tomorrow") && !w(h.end(), "this")
                && !w(h.end(), "on") && !w(h.end(), "and") && !w(h.end(), "yesterday") && !w(h.end(), "last")) {
            return null;
        }
        int hour = h.clock().hour();
        int minute = minutes;
        if (to) {
            hour = (hour + 23) % 24;
            minute = 60 - minutes;
        }
        Clock c = new Clock(hour, minute, -1, null, h.clock().meridiem());
        int end = h.end();
        int m = meridiem(end);
        if (m != 0) {
            c = m > 0 ? c.pm() : c.am();
            end += meridiemLength(end);
        }
        return new ClockPart(end, c);
    }

    private ClockPart bareHourOnly(int i) {
        Piece x = at(i);
        if (x != null && x.isNumber() && x.digits() <= 2 && x.number() <= 24) {
            return new ClockPart(i + 1, new Clock(x.number(), -1, -1, null, false));
        }
        Word wd = word(i);
        if (wd != null && wd.number() != null && wd.number() >= 1 && wd.number() <= 12) {
            return new ClockPart(i + 1, new Clock(wd.number(), -1, -1, null, false));
        }
        return null;
    }

    /** +1 for pm, -1 for am at piece i ("pm", "p.m.", "PM", "p.m"), else 0. */
    private int meridiem(int i) {
        Piece x = at(i);
        if (x == null || !x.isWord()) {
            return 0;
        }
        if (x.is("am") || x.is("pm")) {
            Piece after = at(i + 1);
            if (after != null && !after.spaceBefore() && after.kind() != Piece.Kind.PUNCT) {
                return 0; // inside an identifier
            }
            return x.is("pm") ? 1 : -1;
        }
        if ((x.is("a") || x.is("p")) && punct(i + 1, ".") && tight(i + 1) && w(i + 2, "m") && tight(i + 2)) {
            return x.is("p") ? 1 : -1;
        }
        // "one thirty p m", "3 p . m .": spoken or spaced letters, after the hour
        if ((x.is("a") || x.is("p")) && spacedMeridiemLength(i) > 0) {
            return x.is("p") ? 1 : -1;
        }
        // "9a", "8:45p": one letter glued to the number
        if ((x.is("a") || x.is("p")) && !x.spaceBefore() && i > 0 && at(i - 1).isNumber()) {
            Piece after = at(i + 1);
            if (after == null || after.kind() == Piece.Kind.PUNCT && !after.is(".") || after.spaceBefore()
                    || after.is(".") && (at(i + 2) == null || at(i + 2).spaceBefore())) {
                return x.is("p") ? 1 : -1;
            }
        }
        return 0;
    }

    /** The pieces of "p m" or "p . m ." at i after a number, or 0. */
    private int spacedMeridiemLength(int i) {
        Piece before = at(i - 1);
        if (before == null || !before.isNumber() && (word(i - 1) == null || word(i - 1).number() == null)) {
            return 0;
        }
        int j = punct(i + 1, ".") ? i + 2 : i + 1;
        if (!w(j, "m") || at(j).capitalized() && !at(i).capitalized()) {
            return 0;
        }
        return (punct(j + 1, ".") ? j + 2 : j + 1) - i;
    }

    private int meridiemLength(int i) {
        int spaced = spacedMeridiemLength(i);
        if (spaced > 0 && !(punct(i + 1, ".") && tight(i + 1) && tight(i + 2))) {
            return spaced;
        }
        if (w(i, "am") || w(i, "pm") || (w(i, "a") || w(i, "p")) && !w(i + 2, "m")) {
            return 1;
        }
        return punct(i + 3, ".") && tight(i + 3) ? 4 : 3;
    }

    /** The piece after "o'clock"/"oclock" at i, or 0. */
    private int oclock(int i) {
        if (w(i, "oclock")) {
            return i + 1;
        }
        if (w(i, "o") && punct(i + 1, "'") && w(i + 2, "clock")) {
            return i + 3;
        }
        return 0;
    }

    /** "in the morning", "in the evening", "at night": the part of day, or null. */
    private String inPart(int i) {
        if ((w(i, "in") && w(i + 1, "the") || w(i, "at")) ) {
            int k = w(i, "in") ? i + 2 : i + 1;
            Word wd = word(k);
            if (wd != null && wd.part() != null && !Character.isDigit(wd.part().charAt(0))) {
                return wd.part();
            }
        }
        return null;
    }

    /** A part of the day word at i ("morning", "night"), or null. */
    private String partWord(int i) {
        Word wd = word(i);
        if (wd != null && wd.part() != null && !Character.isDigit(wd.part().charAt(0))
                && !at(i).lower().endsWith("s")) {
            return wd.part();
        }
        return null;
    }

    /** A time of day: a clock ("4pm", optionally "in the morning"), or a part of day ("morning", "in the evening"). */
    private ClockPart timeOfDay(int i, boolean allowBarePart) {
        ClockPart c = clock(i);
        if (c != null) {
            String part = inPart(c.end());
            if (part != null) {
                return new ClockPart(c.end() + (w(c.end(), "in") ? 3 : 2), c.clock().in(part));
            }
            if ((w(c.end(), "early") || w(c.end(), "late")) && partWord(c.end() + 1) != null) {
                // "8:00 early morning"
                return new ClockPart(c.end() + 2, c.clock().in(partWord(c.end() + 1)));
            }
            return c;
        }
        // "five in the morning", "at 9 in the evening": a bare hour that the part of the day makes a clock
        ClockPart hour = w(i - 1, "the") ? null : bareHour(i);
        if (hour != null && hour.clock().minute() < 0 && hour.clock().hour() >= 1 && hour.clock().hour() <= 12) {
            String part = inPart(hour.end());
            if (part != null && w(hour.end(), "in")) {
                return new ClockPart(hour.end() + 3, hour.clock().in(part));
            }
        }
        String part = inPart(i);
        if (part != null) {
            int end = i + (w(i, "in") ? 3 : 2);
            // "in the morning at 7", "in the afternoon at 7", "in the morning 9 oclock"
            ClockPart direct = clock(end);
            if (direct != null) {
                return new ClockPart(direct.end(), direct.clock().in(part));
            }
            if (w(end, "at")) {
                ClockPart h = bareHour(end + 1);
                if (h != null) {
                    return new ClockPart(h.end(), h.clock().in(part));
                }
            }
            return new ClockPart(end, Clock.part(part));
        }
        if (allowBarePart) {
            int k = (w(i, "early") || w(i, "late") || w(i, "mid")) ? i + 1 : i;
            if (k > i && punct(k, "-") && tight(k)) {
                k++;
            }
            String bare = partWord(k);
            if (bare != null) {
                return new ClockPart(k + 1, Clock.part(bare));
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ dates with times

    /** A day and a part of it: "this morning", "tonight", "last night", "tomorrow night", "Monday morning". */
    private record DayPart(int end, DateSpec day, String part) {
    }

    private DayPart dayWithPart(int i) {
        if (w(i, "tonight") || w(i, "tonite")) {
            return new DayPart(i + 1, DateSpec.relative(c -> c.anchor().day(0)), "NI");
        }
        if ((w(i, "this") || w(i, "last") || w(i, "next")) && partWord(i + 1) != null) {
            int offset = w(i, "last") ? -1 : w(i, "next") ? 1 : 0;
            return new DayPart(i + 2, DateSpec.relative(c -> c.anchor().day(offset)), partWord(i + 1));
        }
        DatePart d = dayDate(i);
        if (d != null) {
            int k = w(d.end(), "in") && w(d.end() + 1, "the") ? d.end() + 2 : d.end();
            if ((w(k, "early") || w(k, "late")) && partWord(k + 1) != null) {
                k++; // "Sunday early morning"
            }
            String part = partWord(k);
            if (part != null) {
                return new DayPart(k + 1, d.spec(), part);
            }
        }
        return null;
    }

    /** A date that names one day (a weekday, "tomorrow", "April 15"), the kind a time of day can be on. */
    private DatePart dayDate(int i) {
        DatePart best = date(i);
        if (best == null) {
            return null;
        }
        Cal probe = best.spec().cal(NO_CONTEXT);
        return probe != null && probe.grain() == Grain.DAY ? best : null;
    }

    private static final Set<String> DATE_CLOCK_LINKS = Set.of(",", "at", "around", "about", "by", "before", "after",
            "until", "till", "for", "from");

    /** A date, a time, or both: "Tuesday night", "tomorrow 8:00am", "10 p.m. Wednesday", "this morning at 7". */
    private Parse dateTime(int i) {
        Parse best = null;
        DayPart dp = dayWithPart(i);
        if (dp != null) {
            best = new Parse(i, dp.end(), new Meaning.Dated(dp.day(), Clock.part(dp.part())), null);
            int k = w(dp.end(), "at") || w(dp.end(), "around") ? dp.end() + 1 : -1;
            ClockPart h = k < 0 ? null : bareHour(k);
            if (h != null) {
                best = new Parse(i, h.end(), new Meaning.Dated(dp.day(), h.clock().in(dp.part())), null);
            }
        }
        DatePart d = date(i);
        if (d != null) {
            best = longer(best, new Parse(i, d.end(), new Meaning.Dated(d.spec(), null), null));
            int j = d.end();
            Cal probe = d.spec().cal(NO_CONTEXT);
            boolean day = probe != null && probe.grain() == Grain.DAY; // "next week after 2:00": a clock joins a day only
            if (day && (w(j, "am") || w(j, "pm")) && relativeDay(i) != null) {
                return longer(best, new Parse(i, j + 1, new Meaning.Dated(d.spec(), Clock.part(w(j, "am") ? "MO" : "AF")),
                        null));
            }
            int k = j;
            String mod = null;
            if (any(j, DATE_CLOCK_LINKS)) {
                k = j + 1;
                mod = w(j, "before") || w(j, "by") || w(j, "until") || w(j, "till") ? "BEFORE"
                        : w(j, "after") ? "AFTER" : null;
                if (punct(j, ",") && w(j + 1, "at")) {
                    k = j + 2;
                }
            } else if ((w(j, "later") || w(j, "earlier")) && w(j + 1, "than")) {
                k = j + 2;
                mod = w(j, "later") ? "AFTER" : "BEFORE";
            }
            ClockPart t = day ? timeOfDay(k, k == j) : null;
            if (day && t == null && (w(j, "at") || w(j, "around")) && bareHourOnly(k) != null
                    && (at(k + 1) == null || !at(k + 1).isWord() || any(k + 1, TIME_ZONES))) {
                t = bareHourOnly(k); // "Friday at 4"
            }
            if (day && t == null && k > j && !w(j, "for") && !w(j, "from")) {
                ClockPart h = bareHour(k);
                t = h != null && (inPart(h.end()) != null) ? new ClockPart(h.end() + (w(h.end(), "in") ? 3 : 2),
                        h.clock().in(inPart(h.end()))) : null;
            }
            if (t != null && (k == j || t.clock().hour() >= 0)) {
                best = longer(best, new Parse(i, t.end(), new Meaning.Dated(d.spec(), t.clock()), mod));
            }
        }
        ClockPart t = timeOfDay(i, true);
        if (t == null) {
            // "10, tonight": a bare hour before a day and its part
            ClockPart h = bareHour(i);
            if (h != null && punct(h.end(), ",") && dayWithPart(h.end() + 1) != null) {
                t = h;
            }
        }
        if (t != null) {
            int j = t.end();
            int k = w(j, "on") || punct(j, ",") || w(j, "of") ? j + 1 : j;
            if (w(j, "or") && (w(j + 1, "later") || w(j + 1, "earlier")) && w(j + 2, "on")) {
                k = j + 3; // "3 pm or later on Monday": the day of the clock
            }
            DayPart after = dayWithPart(k);
            DatePart afterDate = after == null ? date(k) : null;
            if (after != null) {
                best = longer(best, new Parse(i, after.end(), new Meaning.Dated(after.day(), t.clock().in(after.part())),
                        null));
            } else if (afterDate != null && (t.clock().hour() >= 0 || k == j || w(j, "of") || w(j, "on"))) {
                best = longer(best, new Parse(i, afterDate.end(), new Meaning.Dated(afterDate.spec(), t.clock()), null));
            } else if (t.clock().hour() >= 0 || inPart(i) != null || w(i, "the") && partWord(i + 1) != null
                    || partWord(i) != null && !partWord(i).equals("NI")
                    && (w(i - 1, "one") || isNumber(i - 1) && at(i - 1).is("1"))) {
                // "one morning", "1 evening": some morning ("1 night" is a stay of a day)
                best = longer(best, new Parse(i, j, new Meaning.Dated(null, t.clock()), null));
            }
        }
        if (best == null && (w(i, "early") || w(i, "late") || w(i, "mid")) && partWord(i + 1) != null
                && !punct(i + 1, "-")) {
            best = new Parse(i, i + 2, new Meaning.Dated(null, Clock.part(partWord(i + 1))), w(i, "early") ? "START"
                    : w(i, "late") ? "END" : "MID");
        }
        if (best == null && w(i, "the") && partWord(i + 1) != null) {
            best = new Parse(i, i + 2, new Meaning.Dated(null, Clock.part(partWord(i + 1))), null);
        }
        return best;
    }

    // ------------------------------------------------------------------ modifiers

    /**
     * A date qualified by where in it: "early next year", "late yesterday", "mid-May", "earlier this month", "the end
     * of the year", "the beginning of 2024", "year-end". The words join the span; the value is the date's, with a
     * TIMEX3 mod.
     */
    private Parse modified(int i) {
        int k = the(i);
        String mod = null;
        int j = k;
        Word wd = word(k);
        if (w(k, "earlier") || w(k, "later")) {
            mod = null;
            j = k + 1;
            if (w(j, "in") && w(j + 1, "the")) {
                j += 2;
            }
        } else if (wd != null && wd.mod() != null && Set.of("START", "MID", "END").contains(wd.mod())) {
            mod = wd.mod();
            j = k + 1;
            if (w(j, "of")) {
                j++;
            }
            if (punct(j, "-") && tight(j)) {
                j++;
            }
        } else if (w(k, "eod")) { // "by eod": end of (this) day
            return new Parse(i, k + 1, new Meaning.EndOf(DateSpec.relative(c -> c.anchor().day(0))), null);
        } else if (w(k, "year") && punct(k + 1, "-") && w(k + 2, "end")) {
            return new Parse(i, k + 3, new Meaning.Dated(DateSpec.relative(c -> c.anchor().known()
                    ? Cal.day(c.anchor().date().getYear(), 12, 31) : Cal.day(Cal.UNKNOWN, 12, 31)), null), "END");
        } else {
            return null;
        }
        if (j == k) {
            return null;
        }
        // "the end of the year", "the end of the month", "end of year": the current one
        int t = the(j);
        if ((t > j || w(j - 1, "of")) && word(t) != null && word(t).unit() != null && !at(t).lower().endsWith("s")) {
            String unit = word(t).unit();
            if (Set.of("Y", "M", "W", "Q", "D", "DE", "CE").contains(unit)) {
                DateSpec current = DateSpec.relative(c -> c.anchor().shift(unit, 0));
                if (unit.equals("D") && at(k).is("end")) {
                    return new Parse(i, t + 1, new Meaning.EndOf(current), null);
                }
                return new Parse(i, t + 1, new Meaning.Dated(current, null), mod);
            }
        }
        Parse inner = dateTime(t);
        if (inner == null) {
            DatePart d = period(t);
            if (d == null) {
                return null;
            }
            inner = new Parse(t, d.end(), new Meaning.Dated(d.spec(), null), null);
        }
        if (!(inner.meaning() instanceof Meaning.Dated dated)) {
            return null;
        }
        if (at(k).is("end") && dated.clock() == null && dated.date() != null) {
            return new Parse(i, inner.to(), new Meaning.EndOf(dated.date()), mod);
        }
        return new Parse(i, inner.to(), inner.meaning(), mod);
    }

    // ------------------------------------------------------------------ durations

    /** "35 days", "the past two months", "the first nine months", "16-hour", "several years", "1 hour and 30 minutes". */
    private Parse duration(int i) {
        int k = the(i);
        if (w(k, "first") || w(k, "last") || w(k, "past") || w(k, "next") || w(k, "coming") || w(k, "latest")
                || w(k, "previous") || w(k, "recent") || w(k, "following")) {
            Parse inner = amount(k + 1);
            if (inner != null) {
                return inner.from(i);
            }
            // "the past few years", "recent weeks", "coming weeks"
            Word u = word(k + 1);
            boolean plural = u != null && u.unit() != null && at(k + 1).lower().endsWith("s");
            if (plural && !w(k, "first") && !w(k, "last")) {
                return new Parse(i, k + 2, new Meaning.Lasting("P" + timexUnit(u.unit(), Double.NaN)), null);
            }
            if (w(k, "past") && u != null && u.unit() != null && k > i) {
                return new Parse(i, k + 2, new Meaning.Lasting(durationTimex(u.unit(), 1)), null);
            }
            if (w(k, "past") && u != null && u.unit() != null && !at(k + 1).lower().endsWith("s")) {
                return new Parse(i, k + 2, new Meaning.Lasting(durationTimex(u.unit(), 1)), null);
            }
            return null;
        }
        // "the year ended Sept. 30", "the fiscal year ending June 30": a company's year, as a length
        int y = w(k, "fiscal") ? k + 1 : k;
        if (k > i && w(y, "year") && (w(y + 1, "ended") || w(y + 1, "ending"))) {
            return new Parse(i, y + 1, new Meaning.Lasting("P1Y"), null);
        }
        // "for years", "within weeks", "over the years": some units of time
        if (any(i - 1, BEFORE_BARE_UNITS) && (k == i || w(i - 1, "over")) && word(k) != null && word(k).unit() != null
                && at(k).lower().endsWith("s") && at(k).lower().length() > 3 && !w(k, "seconds")
                && !punct(k + 1, "-") && !(at(k + 1) != null && at(k + 1).isWord() && word(k + 1) == null
                && !any(k + 1, AFTER_BARE_UNITS))) {
            return new Parse(i, k + 1, new Meaning.Lasting("P" + timexUnit(word(k).unit(), Double.NaN)), null);
        }
        if (w(i, "all") || w(i, "whole") || w(i, "entire")) {
            int j = the(i + 1);
            Word u = word(j);
            if (u != null && u.unit() != null && !at(j).lower().endsWith("s") && !u.unit().equals("S")) {
                return new Parse(i, j + 1, new Meaning.Lasting(durationTimex(u.unit(), 1)), null);
            }
            return null;
        }
        Parse a = amount(i);
        if (a != null && k > i) {
            return a.from(i);
        }
        if (a != null) {
            return a;
        }
        // "decades-long", "years-long"
        Word u = word(i);
        if (u != null && u.unit() != null && at(i).lower().endsWith("s") && punct(i + 1, "-") && w(i + 2, "long")) {
            return new Parse(i, i + 3, new Meaning.Lasting("P" + timexUnit(u.unit(), Double.NaN)), null);
        }
        return null;
    }

    /** Words that end a noun phrase: after them "the future" or "the past" is a noun, not an adjective. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "of", "is", "was", "will", "would",
            "that", "when", "as", "to", "in", "for", "with", "by", "on", "at", "than", "because", "if", "the", "a",
            "could", "can", "may", "might", "has", "have", "had", "are", "were", "be", "it", "he", "she", "they", "we",
            "i", "you", "there", "this", "which", "who", "so", "yet", "from", "into", "about", "after", "before");
    private static final Set<String> BEFORE_BARE_UNITS = Set.of("for", "within", "in", "over", "after", "during");
    private static final Set<String> AFTER_BARE_UNITS = Set.of("of", "and", "or", "ago", "before", "later", "earlier",
            "now", "the", "to", "that", "as", "when", "in", "on", "at", "since", "but", "with", "without");

    /** "35 days", "a week", "several months", "16-hour", "an hour and a half", "1 hour and 30 minutes". */
    private Parse amount(int i) {
        boolean half = false;
        Num num;
        int j;
        if (w(i, "half") && (w(i + 1, "a") || w(i + 1, "an"))) {
            num = new Num(i + 2, 0.5, false);
            half = true;
        } else {
            num = number(i);
        }
        if (num == null) {
            return null;
        }
        j = num.end();
        // "one and a half hours"
        if (!num.fuzzy() && w(j, "and") && (w(j + 1, "half") || w(j + 1, "a") && w(j + 2, "half"))) {
            int k = w(j + 1, "half") ? j + 2 : j + 3;
            if (word(k) != null && word(k).unit() != null) {
                num = new Num(k, num.value() + 0.5, false);
                j = k;
            }
        }
        boolean hyphen = false;
        if (punct(j, "-") && tight(j) && !half) {
            hyphen = true;
            j++;
        }
        Word u = word(j);
        if (u == null || u.unit() == null) {
            return null;
        }
        // a quantity of time, not an age: "35 years old", "a 35-year-old"
        int end = j + 1;
        if (w(end, "old") || punct(end, "-") && w(end + 1, "old")) {
            return null;
        }
        if (hyphen && (punct(end, "-") && (w(end + 1, "old")))) {
            return null;
        }
        if (at(i).is("a") || at(i).is("an")) {
            if (at(j).lower().endsWith("s") && !at(j).is("hours")) {
                return null;
            }
            Piece after = at(j + 1);
            if (at(j).is("second") && after != null && after.isWord() && !after.is("and") && !after.is("or")) {
                return null; // "a second wave": the ordinal
            }
        }
        if (num.fuzzy() && !at(j).lower().endsWith("s")) {
            return null;
        }
        if (isNumber(i) && at(i).digits() == 4 && !at(j).lower().endsWith("s")) {
            return null; // "the 1988 quarter": a year, not 1,988 quarters
        }
        String unit = u.unit();
        if ((unit.equals("MIN") && at(j).is("m") || unit.equals("D") && at(j).is("d") || unit.equals("Y")
                && at(j).is("y") || unit.equals("H") && at(j).is("h")) && !tight(j)) {
            return null; // a lone letter is a unit only right after its number ("3h")
        }
        double value = num.value();
        StringBuilder parts = new StringBuilder();
        java.util.Map<String, Double> amounts = new java.util.LinkedHashMap<>();
        amounts.merge(unit, value, Double::sum);
        // "and a half", "and 30 minutes", "and a quarter"
        if (w(end, "and")) {
            if (w(end + 1, "a") && w(end + 2, "half") || w(end + 1, "half")) {
                amounts.merge(unit, 0.5, Double::sum);
                end += w(end + 1, "half") ? 2 : 3;
            } else if (w(end + 1, "a") && w(end + 2, "quarter")) {
                amounts.merge(unit, 0.25, Double::sum);
                end += 3;
            } else {
                Num more = number(end + 1);
                Word mu = more == null ? null : word(more.end());
                if (more != null && !more.fuzzy() && mu != null && mu.unit() != null && !mu.unit().equals(unit)) {
                    amounts.merge(mu.unit(), more.value(), Double::sum);
                    end = more.end() + 1;
                }
            }
        } else if (!num.fuzzy()) {
            // "1 hour 30 minutes", "2 hours, 15 minutes"
            Num more = number(end);
            Word mu = more == null ? null : word(more.end());
            if (more != null && !more.fuzzy() && isNumber(end) && mu != null && mu.unit() != null
                    && smaller(mu.unit(), unit)) {
                amounts.merge(mu.unit(), more.value(), Double::sum);
                end = more.end() + 1;
            }
        }
        parts.append(durationTimex(amounts));
        return new Parse(i, end, new Meaning.Lasting(parts.toString()), null);
    }

    private static final List<String> UNIT_ORDER = List.of("CE", "DE", "Y", "Q", "M", "FN", "W", "WE", "D", "H", "MIN", "S");

    private static boolean smaller(String a, String b) {
        return UNIT_ORDER.indexOf(a) > UNIT_ORDER.indexOf(b);
    }

    static String durationTimex(String unit, double value) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put(unit, value);
        return durationTimex(m);
    }

    /** TIMEX3 duration of unit amounts: {Y: 3} -> P3Y, {H: 1, MIN: 30} -> PT1H30M, {D: NaN} -> PXD. */
    static String durationTimex(java.util.Map<String, Double> given) {
        // a fraction of an hour or minute is written in the next smaller unit: 1.5 hours is PT1H30M
        java.util.Map<String, Double> amounts = new java.util.LinkedHashMap<>(given);
        carry(amounts, "H", "MIN");
        carry(amounts, "MIN", "S");
        StringBuilder date = new StringBuilder();
        StringBuilder time = new StringBuilder();
        for (String unit : UNIT_ORDER) {
            Double v = amounts.get(unit);
            if (v == null) {
                continue;
            }
            boolean clock = unit.equals("H") || unit.equals("MIN") || unit.equals("S");
            (clock ? time : date).append(timexUnit(unit, v));
        }
        return "P" + date + (time.length() > 0 ? "T" + time : "");
    }

    private static void carry(java.util.Map<String, Double> amounts, String unit, String smaller) {
        Double v = amounts.get(unit);
        if (v == null || Double.isNaN(v) || v == Math.rint(v)) {
            return;
        }
        double whole = Math.floor(v);
        if (whole > 0) {
            amounts.put(unit, whole);
        } else {
            amounts.remove(unit);
        }
        amounts.merge(smaller, Math.round((v - whole) * 60 * 1000) / 1000.0, Double::sum);
    }

    private static String timexUnit(String unit, double v) {
        double value = v;
        String u = switch (unit) {
            case "CE" -> {
                value = v * 100;
                yield "Y";
            }
            case "DE" -> {
                value = v * 10;
                yield "Y";
            }
            case "FN" -> {
                value = v * 2;
                yield "W";
            }
            case "MIN" -> "M";
            default -> unit;
        };
        if (Double.isNaN(v)) {
            return (unit.equals("DE") || unit.equals("CE") ? "X" : "X") + (unit.equals("DE") ? "DE" : unit.equals("CE") ? "CE" : u);
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return number + u;
    }

    // ------------------------------------------------------------------ sets

    /** "daily", "every day", "each Thursday", "every other week", "Tuesdays", "twice a week", "6am everyday". */
    private Parse set(int i) {
        Word wd = word(i);
        if (wd != null && wd.set() != null && !(w(i, "annual") && true)) {
            ClockPart daily = wd.set().equals("P1D") ? clock(i + 1) : null;
            if (daily != null) { // "everyday 6am": every day at that time
                return new Parse(i, daily.end(), new Meaning.Repeating(daily.clock().timex()), null);
            }
            return new Parse(i, i + 1, new Meaning.Repeating(wd.set()), null);
        }
        // "semi-annually", "bi-monthly": half or twice the period
        if ((w(i, "semi") || w(i, "bi")) && punct(i + 1, "-") && tight(i + 1) && tight(i + 2) && word(i + 2) != null
                && word(i + 2).set() != null && at(i + 2).lower().endsWith("ly")) {
            String base = word(i + 2).set();
            String value = halvedOrDoubled(base, w(i, "semi"));
            if (value != null) {
                return new Parse(i, i + 3, new Meaning.Repeating(value), null);
            }
        }
        // "the 19th of every month": that day of each month
        Num nth = ordinal(the(i));
        if (nth != null && nth.value() >= 1 && nth.value() <= 31 && w(nth.end(), "of")
                && (w(nth.end() + 1, "every") || w(nth.end() + 1, "each")) && w(nth.end() + 2, "month")) {
            return new Parse(i, nth.end() + 3, new Meaning.Repeating("XXXX-XX-" + Cal.pad((int) nth.value(), 2)), null);
        }
        // "works nights", "open evenings", "out mornings": a plural part of the day as an adverb of a verb of being
        // at work or away is every such part
        if (wd != null && wd.part() != null && !Character.isDigit(wd.part().charAt(0)) && at(i).lower().endsWith("s")
                && (w(i - 1, "out") || w(i - 1, "work") || w(i - 1, "works")
                || w(i - 1, "worked") || w(i - 1, "open") || w(i - 1, "closed"))) {
            return new Parse(i, i + 1, new Meaning.Repeating("T" + wd.part()), null);
        }
        if (w(i, "every") || w(i, "each")) {
            int j = i + 1;
            double step = 1;
            if (w(j, "other")) {
                step = 2;
                j++;
            } else {
                Num num = number(j);
                if (num != null && !num.fuzzy() && !at(j).is("a")) {
                    step = num.value();
                    j = num.end();
                }
            }
            if (w(j, "weekday") && step == 1) { // every working day
                return new Parse(i, j + 1, new Meaning.Repeating("P1WD"), null);
            }
            Word u = word(j);
            if (u == null) {
                return null;
            }
            ClockPart at = w(j + 1, "at") ? clock(j + 2) : null;
            if (at != null && step == 1 && (u.unit() != null && u.unit().equals("D") || u.part() != null)) {
                Clock clock = u.part() != null ? at.clock().in(u.part()) : at.clock();
                return new Parse(i, at.end(), new Meaning.Repeating(clock.timex()), null);
            }
            if (u.unit() != null) {
                String value = durationTimex(u.unit(), step);
                if (u.unit().equals("WE")) {
                    value = "P" + (long) step + "WE";
                }
                return new Parse(i, j + 1, new Meaning.Repeating(value), null);
            }
            if (u.weekday() > 0) {
                String value = "XXXX-WXX-" + u.weekday();
                int end = j + 1;
                ClockPart t = timeOfDay(w(end, "at") ? end + 1 : end, true);
                if (t != null) {
                    value += t.clock().timex();
                    end = t.end();
                }
                return new Parse(i, end, new Meaning.Repeating(value), null);
            }
            if (u.month() > 0 && at(j).capitalized()) {
                return new Parse(i, dot(j + 1), new Meaning.Repeating(String.format("XXXX-%02d", u.month())), null);
            }
            if (u.part() != null && !Character.isDigit(u.part().charAt(0))) {
                return new Parse(i, j + 1, new Meaning.Repeating("T" + u.part()), null);
            }
            return null;
        }
        if (wd != null && wd.weekdays() > 0) {
            String value = "XXXX-WXX-" + wd.weekdays();
            int end = i + 1;
            ClockPart t = timeOfDay(w(end, "at") ? end + 1 : end, true);
            if (t != null) {
                value += t.clock().timex();
                end = t.end();
            }
            return new Parse(i, end, new Meaning.Repeating(value), null);
        }
        if (wd != null && wd.weekday() > 0 && partWord(i + 1) != null && at(i + 1).lower().endsWith("s")) {
            return null;
        }
        // "twice a week", "three times a year", "$5 a month": "a"/"per" + unit after a frequency or an amount
        if ((w(i, "a") || w(i, "per")) && word(i + 1) != null && word(i + 1).unit() != null
                && !at(i + 1).lower().endsWith("s") && (w(i - 1, "once") || w(i - 1, "twice") || w(i - 1, "times")
                || isNumber(i - 1) || punct(i - 1, "%") || w(i - 1, "percent") || w(i - 1, "million")
                || w(i - 1, "billion") || w(i - 1, "dollars"))) {
            return new Parse(i, i + 2, new Meaning.Repeating(durationTimex(word(i + 1).unit(), 1)), null);
        }
        ClockPart t = clock(i);
        if (t != null && (w(t.end(), "everyday") || w(t.end(), "daily") || w(t.end(), "every") && w(t.end() + 1, "day"))) {
            int end = w(t.end(), "every") ? t.end() + 2 : t.end() + 1;
            return new Parse(i, end, new Meaning.Repeating(t.clock().timex()), null);
        }
        return null;
    }

    /** "P1Y" halved is "P0.5Y" (semi-annually), "P1M" doubled "P2M" (bi-monthly); null for other values. */
    private static String halvedOrDoubled(String set, boolean half) {
        if (!set.matches("P1[DWMY]")) {
            return null;
        }
        return "P" + (half ? "0.5" : "2") + set.substring(2);
    }

    // ------------------------------------------------------------------ references

    /** now, currently, recently, the past, the future, soon, "to date", "at present". */
    private Parse reference(int i) {
        // "several years ago", "a few days ago": some time before
        Num fuzzy = number(i);
        if (fuzzy != null && fuzzy.fuzzy() && word(fuzzy.end()) != null && word(fuzzy.end()).unit() != null
                && w(fuzzy.end() + 1, "ago")) {
            return new Parse(i, fuzzy.end() + 2, new Meaning.Referring("PAST_REF"), null);
        }
        if ((w(i, "to") || w(i, "till")) && w(i + 1, "date") && !w(i - 1, "up")) {
            return new Parse(i, i + 2, new Meaning.Referring("PRESENT_REF"), null);
        }
        if (w(i, "at") && (w(i + 1, "present") || w(i + 1, "the") && w(i + 2, "moment"))) {
            return new Parse(i, w(i + 1, "present") ? i + 2 : i + 3, new Meaning.Referring("PRESENT_REF"), null);
        }
        // "at the present time", "at the minute" (British: now), not "at the minute mark"
        if (w(i, "at") && w(i + 1, "the") && (w(i + 2, "present") && w(i + 3, "time")
                || w(i + 2, "minute") && (at(i + 3) == null || !at(i + 3).isWord()))) {
            return new Parse(i, w(i + 2, "present") ? i + 4 : i + 3, new Meaning.Referring("PRESENT_REF"), null);
        }
        if (w(i, "these") && w(i + 1, "days")) {
            return new Parse(i, i + 2, new Meaning.Referring("PRESENT_REF"), null);
        }
        // "the future", "the near future", "in future", "the near term", "the short term": some time ahead
        if (w(i, "the") || w(i, "in") && w(i + 1, "future")) {
            int k = w(i + 1, "near") || w(i + 1, "distant") || w(i + 1, "foreseeable") || w(i + 1, "short") ? i + 2 : i + 1;
            boolean term = w(k, "term") && (w(k - 1, "near") || w(k - 1, "short"));
            if ((w(k, "future") || term) && !(at(k + 1) != null && at(k + 1).isWord() && !any(k + 1, CLAUSE_WORDS))) {
                return new Parse(w(i, "in") ? i + 1 : i, k + 1, new Meaning.Referring("FUTURE_REF"), null);
            }
        }
        // "the past", "the present": as nouns only ("the present situation" is no time)
        int k = w(i, "the") && (w(i + 1, "past") || w(i + 1, "present")) ? i + 1 : i;
        if (k == i && (w(i, "the") || w(i, "past") || w(i, "present"))) {
            return null;
        }
        Word wd = word(k);
        if (wd == null || wd.ref() == null) {
            return null;
        }
        Piece after = at(k + 1);
        Word next = word(k + 1);
        if (next != null && (next.unit() != null || next.weekday() > 0 || next.month() > 0 || next.season() != null
                || next.number() != null || next.fuzzy())) {
            return null; // "current quarter", "recent weeks", "past two years": other readers
        }
        boolean beforeNoun = after != null && after.isWord() && !any(k + 1, CLAUSE_WORDS);
        if (k > i && beforeNoun) {
            return null;
        }
        if ((w(k, "current") || w(k, "recent")) && (after == null || beforeNoun)) {
            return null; // "the current account", "a recent filing": an adjective before a noun is no time
        }
        if (w(k, "now") && w(k + 1, "that") || w(k, "future")) {
            return null; // "now that": a conjunction; "future" alone is an adjective ("future losses")
        }
        return new Parse(i, k + 1, new Meaning.Referring(wd.ref()), null);
    }
    // ------------------------------------------------------------------ ranges

    /**
     * "from Monday to Wednesday", "between 2014 and 2018", "2014-2018", "9-10 am", "Nov 18-Dec 19, 2015", "from 10
     * to 11:30", "Monday 8-9am", "from 2pm for 2 hours": one expression, "(start,end,duration)".
     */
    private Parse range(int i) {
        boolean from = w(i, "from");
        boolean between = w(i, "between");
        int a0 = from || between ? i + 1 : i;
        Parse best = clockRange(i, a0, from || between, between);
        best = longer(best, dateRange(i, a0, from || between, between));
        best = longer(best, dayThenClockRange(i));
        best = longer(best, clockForDuration(i));
        return best;
    }

    private boolean connector(int j, boolean between) {
        if (between) {
            return w(j, "and") || punct(j, "-") || w(j, "to") || punct(j, "~");
        }
        return any(j, RANGE_TO);
    }

    /** "Monday 8-9am", "tomorrow from 7:00 to 8:00pm", "Monday morning from 10am to 12pm", "1/1/2015 between 10 and 11:30". */
    private Parse dayThenClockRange(int i) {
        DayPart dp = dayWithPart(i);
        DateSpec day;
        String part = null;
        int j;
        if (dp != null) {
            day = dp.day();
            part = dp.part();
            j = dp.end();
        } else {
            DatePart d = dayDate(i);
            if (d == null) {
                return null;
            }
            day = d.spec();
            j = d.end();
        }
        boolean introduced = w(j, "from") || w(j, "between");
        int a0 = introduced || punct(j, ",") || w(j, "at") ? j + 1 : j;
        Parse r = clockRange(a0, introduced ? j + 1 : a0, introduced || isNumber(a0), w(j, "between"));
        if (r == null || !(r.meaning() instanceof Meaning.Ranged ranged) || ranged.from() != null) {
            return null;
        }
        Clock ca = part == null ? ranged.fromClock() : ranged.fromClock().in(part);
        Clock cb = part == null ? ranged.toClock() : ranged.toClock().in(part);
        if (part != null && cb.hour() < ca.hour() && !cb.meridiem()) {
            cb = cb.pm();
        }
        return new Parse(i, r.to(), new Meaning.Ranged(day, ca, day, cb), null);
    }

    /** "from 2pm for 2 hours", "for 3 hours from 10 am", "from 9 for 2.5 hrs": a start and how long. */
    private Parse clockForDuration(int i) {
        ClockPart start;
        int minutes;
        int end;
        if (w(i, "from")) {
            start = bareHour(i + 1);
            if (start == null || !w(start.end(), "for")) {
                return null;
            }
            Parse d = amount(start.end() + 1);
            minutes = d == null ? -1 : minutesOf(((Meaning.Lasting) d.meaning()).timex());
            end = d == null ? -1 : d.to();
        } else if (w(i, "for")) {
            Parse d = amount(i + 1);
            if (d == null || !w(d.to(), "from")) {
                return null;
            }
            minutes = minutesOf(((Meaning.Lasting) d.meaning()).timex());
            start = bareHour(d.to() + 1);
            end = start == null ? -1 : start.end();
        } else {
            return null;
        }
        if (start == null || minutes <= 0 || minutes >= 24 * 60) {
            return null;
        }
        Clock a = start.clock();
        int total = a.minutes() + minutes;
        Clock b = new Clock(total / 60 % 24, total % 60, 0, null, true);
        return new Parse(i, end, new Meaning.Ranged(null, a, null, b), null);
    }

    /** The minutes of a clock duration ("PT2H30M"), or -1. */
    private static int minutesOf(String timex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?").matcher(timex);
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            return -1;
        }
        return (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 60) + (m.group(2) == null ? 0
                : Integer.parseInt(m.group(2)));
    }

    private Parse clockRange(int i, int a0, boolean introduced, boolean between) {
        ClockPart a = bareHour(a0);
        if (a == null) {
            return null;
        }
        boolean aIsClock = clock(a0) != null;
        Clock ca = a.clock();
        int j = a.end();
        String aPart = inPart(j);
        if (aPart != null) { // "from 3 in the morning until 5pm"
            ca = ca.in(aPart);
            j += w(j, "in") ? 3 : 2;
        }
        // "between 2:00 tomorrow and 4:00": the start's day is the end's too
        DatePart startDay = introduced && aIsClock ? dayDate(j) : null;
        if (startDay != null) {
            j = startDay.end();
        }
        if (!connector(j, between)) {
            return null;
        }
        ClockPart b = bareHour(j + 1);
        if (b == null && introduced && aIsClock && startDay == null) {
            // "from 2pm till tomorrow 4:30pm": the end on another day; the start on the reference's
            DatePart endDay = dayDate(j + 1);
            ClockPart endClock = endDay == null ? null : clock(endDay.end());
            if (endClock == null) {
                return null;
            }
            DateSpec today = DateSpec.relative(c -> c.anchor().day(0));
            return new Parse(i, endClock.end(), new Meaning.Ranged(today, ca, endDay.spec(), endClock.clock()), null);
        }
        if (b == null) {
            return null;
        }
        boolean bIsClock = clock(j + 1) != null;
        int end = b.end();
        // "between 3 and 12 of Sept", "from 4-23 in next month", "two to three weeks": days or amounts, not hours
        if (w(end, "of") || word(end) != null && word(end).unit() != null
                || w(end, "in") && (month(end + 1) != null || shifted(end + 1) != null)) {
            return null;
        }
        Clock cb = b.clock();
        // a meridiem or a part of the day after the end applies to both ends
        String part = inPart(end);
        if (part != null) {
            ca = ca.in(part);
            cb = cb.in(part);
            end += w(end, "in") ? 3 : 2;
        }
        int k = w(end, "on") || punct(end, ",") ? end + 1 : end;
        DayPart afterPart = dayWithPart(k);
        DatePart after = afterPart == null ? dayDate(k) : null;
        boolean dayAfter = afterPart != null || after != null;
        if (!introduced && !(aIsClock && bIsClock) && !(bIsClock && (punct(j, "-") || w(j, "to")))
                && !((dayAfter || part != null) && (punct(j, "-") || w(j, "to")))) {
            return null;
        }
        if (cb.meridiem() && !ca.meridiem() && ca.hour() < 12 && cb.hour() >= 12 && ca.hour() + 12 <= cb.hour()) {
            ca = ca.pm();
        }
        if (!ca.meridiem() && !cb.meridiem() && cb.hour() < ca.hour() && cb.hour() < 12) {
            cb = cb.pm(); // "from 10:30 to 3": the afternoon
        }
        // a day after: "between 2 and 4:30pm tomorrow", "from 3:30 to 5:55 on 1/1/2015", "5 to 7 this evening"
        DateSpec day = startDay == null ? null : startDay.spec();
        if (startDay != null) {
            // the day was said after the start
        } else if (afterPart != null) {
            day = afterPart.day();
            ca = ca.in(afterPart.part());
            cb = cb.in(afterPart.part());
            end = afterPart.end();
        } else if (after != null) {
            day = after.spec();
            end = after.end();
        }
        return new Parse(i, end, new Meaning.Ranged(day, ca, day, cb), null);
    }

    private Parse dateRange(int i, int a0, boolean introduced, boolean between) {
        DatePart a = rangeDate(a0);
        if (a == null) {
            return dayNumberRange(i, a0, introduced, between);
        }
        int j = a.end();
        if (!connector(j, between)) {
            return null;
        }
        boolean dash = punct(j, "-") || punct(j, "~");
        int bi = j + 1;
        DatePart b = rangeDate(bi);
        DateSpec endSpec;
        int end;
        if (b == null) {
            // "april ninth through 17th", "Nov 18-Dec 19", "from April 27 to the third": a bare day takes the start's
            // month, or the next month when it comes before the start's day
            if (w(bi, "the") && ordinal(bi + 1) != null) {
                bi++;
            }
            Num d = dayNumber(bi);
            if (d == null) {
                // "from March to date"
                if (introduced && w(bi, "date")) {
                    DateSpec today = DateSpec.relative(c -> c.anchor().day(0));
                    return new Parse(i, bi + 1, new Meaning.Ranged(a.spec(), null, today, null), null);
                }
                return null;
            }
            int day = (int) d.value();
            DatePart aa = a;
            endSpec = new DateSpec(c -> {
                Cal s = aa.spec().cal(c);
                if (s.grain() != Grain.DAY || s.month() == Cal.UNKNOWN) {
                    return null;
                }
                if (day >= s.day() || s.day() == Cal.UNKNOWN) {
                    return Cal.day(s.year(), s.month(), day);
                }
                int month = s.month() % 12 + 1;
                int year = s.year() == Cal.UNKNOWN || month > 1 ? s.year() : s.year() + 1;
                return Cal.day(year, month, day);
            }, a.spec().relative());
            end = d.end();
            if (w(end, "of") && month(end + 1) != null || word(end) != null && word(end).unit() != null) {
                return null;
            }
        } else {
            endSpec = b.spec();
            end = b.end();
        }
        boolean bareDayEnd = b == null && !w(j, "and"); // "April 9 through 17": a day alone can only end a range
        if (!introduced && !(dash || w(j, "to") || bareDayEnd)) {
            return null;
        }
        // a year after the end applies to both ends: "Nov 18-Dec 19, 2015", "Jan-Feb 2017", "from May to Oct 2020"
        int yj = punct(end, ",") || w(end, "in") || w(end, "of") ? end + 1 : end;
        Num y = b == null || b.spec().relative() ? year(yj) : null;
        if (y != null) {
            int year = (int) y.value();
            DateSpec s0 = a.spec();
            DateSpec e0 = endSpec;
            DateSpec fs = new DateSpec(c -> withYear(s0.cal(yearless(c)), year, true, e0.cal(yearless(c))), false);
            DateSpec fe = new DateSpec(c -> withYear(e0.cal(yearless(c)), year, false, null), false);
            return new Parse(i, y.end(), new Meaning.Ranged(fs, null, fe, null), null);
        }
        // "Jan-Feb 2017", "Nov 18-Dec 19, 2015": the end's year is the start's too
        if (b != null && !b.spec().relative() && a.spec().relative() && (dash || introduced) && sameYearless(a)) {
            DateSpec s0 = a.spec();
            DateSpec e0 = b.spec();
            DateSpec fs = new DateSpec(c -> {
                Cal e = e0.cal(c);
                return withYear(s0.cal(yearless(c)), e.year(), true, e);
            }, false);
            return new Parse(i, end, new Meaning.Ranged(fs, null, e0, null), null);
        }
        // without "from" or "between", only two written-out endpoints of one kind: "2014-2018", "2014 to 2018";
        // not "this year through August", "Friday to December"
        boolean bothYearless = b != null && sameYearless(a) && sameYearless(b) && sameGrain(a, b);
        boolean dayOfStartMonth = bareDayEnd && sameYearless(a); // "April 9 through 17"
        if (!introduced && !bothYearless && !dayOfStartMonth
                && (a.spec().relative() || b == null || b.spec().relative() || !sameGrain(a, b))) {
            return null;
        }
        return new Parse(i, end, new Meaning.Ranged(a.spec(), null, endSpec, null), null);
    }

    /**
     * "the end of June", "the middle of 2007", "the beginning of March" as a range's endpoint: the first day after
     * the period, its middle day, its first day.
     */
    private DatePart periodPoint(int i) {
        int k = the(i);
        if (k == i || !(w(k, "end") || w(k, "middle") || w(k, "beginning") || w(k, "start")) || !w(k + 1, "of")) {
            return null;
        }
        DatePart inner = longerDate(monthFirst(k + 2), yearAlone(k + 2));
        if (inner == null) {
            return null;
        }
        int where = w(k, "end") ? 2 : w(k, "middle") ? 1 : 0;
        DatePart period = inner;
        return new DatePart(inner.end(), DateSpec.monthPoint(c -> {
            Cal p = period.spec().cal(c);
            if (p.grain() != Grain.MONTH && p.grain() != Grain.YEAR) {
                return p;
            }
            boolean year = p.grain() == Grain.YEAR;
            int y = p.year() == Cal.UNKNOWN ? 2001 : p.year(); // a common year stands in for an unknown one
            LocalDate first = LocalDate.of(y, year ? 1 : p.month(), 1);
            LocalDate after = year ? first.plusYears(1) : first.plusMonths(1);
            LocalDate day = switch (where) {
                case 2 -> after;
                case 1 -> first.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, after) / 2);
                default -> first;
            };
            int dayYear = p.year() == Cal.UNKNOWN ? Cal.UNKNOWN : day.getYear();
            return Cal.day(dayYear, day.getMonthValue(), day.getDayOfMonth());
        }, inner.spec().relative()));
    }

    /** Whether the date is a month or a day written without its year ("Nov", "Nov 18"), not "tomorrow". */
    private static boolean sameYearless(DatePart a) {
        Cal c = a.spec().cal(NO_CONTEXT);
        return c != null && c.year() == Cal.UNKNOWN && c.month() != Cal.UNKNOWN;
    }

    /** The same context without a reference date: a trailing year decides the years of a range's ends. */
    private static Context yearless(Context c) {
        return new Context(new Anchor(null), c.tense(), null, null);
    }

    /** "between 3 and 12 of Sept", "from ninth till seventeenth of april", "from 4-23 in next month". */
    private Parse dayNumberRange(int i, int a0, boolean introduced, boolean between) {
        Num d = dayNumber(a0);
        if (d == null || !introduced) {
            return null;
        }
        int j = d.end();
        if (!connector(j, between)) {
            return null;
        }
        DatePart b = rangeDate(j + 1);
        int day = (int) d.value();
        if (b != null) {
            DatePart bb = b;
            DateSpec start = new DateSpec(c -> {
                Cal e = bb.spec().cal(c);
                return e.grain() == Grain.DAY && e.month() != Cal.UNKNOWN ? Cal.day(e.year(), e.month(), day) : e;
            }, b.spec().relative());
            return new Parse(i, b.end(), new Meaning.Ranged(start, null, b.spec(), null), null);
        }
        Num e = dayNumber(j + 1);
        if (e == null) {
            return null;
        }
        int k = w(e.end(), "of") || w(e.end(), "in") ? e.end() + 1 : e.end();
        DatePart m = longerDate(monthFirst(k), shifted(k));
        if (m == null) {
            return null;
        }
        int endDay = (int) e.value();
        DateSpec start = new DateSpec(c -> dayIn(m.spec().cal(c), day), m.spec().relative());
        DateSpec stop = new DateSpec(c -> dayIn(m.spec().cal(c), endDay), m.spec().relative());
        return new Parse(i, m.end(), new Meaning.Ranged(start, null, stop, null), null);
    }

    private static Cal dayIn(Cal month, int day) {
        if (month == null || month.grain() != Grain.MONTH) {
            return null;
        }
        return Cal.day(month.year(), month.month(), day);
    }

    private boolean endHasYear(DatePart b) {
        return !b.spec().relative();
    }

    private static Cal withYear(Cal c, int year, boolean start, Cal end) {
        if (c == null || c.year() != Cal.UNKNOWN) {
            return c;
        }
        int y = year;
        if (start && end != null && end.month() != Cal.UNKNOWN && c.month() != Cal.UNKNOWN && c.month() > end.month()) {
            y--; // "Nov-Feb 2017": November of 2016
        }
        return new Cal(c.grain(), y, c.month(), c.day(), c.part(), c.season(), c.weekday());
    }

    private static boolean sameGrain(DatePart a, DatePart b) {
        Cal ca = a.spec().cal(NO_CONTEXT);
        Cal cb = b.spec().cal(NO_CONTEXT);
        return ca != null && cb != null && ca.grain() == cb.grain();
    }

    private static final Context NO_CONTEXT = new Context(new Anchor(null), Tense.UNKNOWN, null, null);

    /** A range endpoint: a date, month, year or quarter; not a duration or a clock. */
    private DatePart rangeDate(int i) {
        DatePart best = periodPoint(i);
        best = longerDate(best, monthFirst(i));
        best = longerDate(best, dayFirst(i));
        best = longerDate(best, numeric(i));
        best = longerDate(best, weekdayDate(i));
        best = longerDate(best, relativeDay(i));
        best = longerDate(best, shifted(i));
        best = longerDate(best, period(i));
        Num y = year(i);
        if (y != null && (best == null || best.end() < y.end())) {
            best = new DatePart(y.end(), DateSpec.fixed(Cal.year((int) y.value())));
        }
        if (best == null && w(i, "now")) {
            best = new DatePart(i + 1, DateSpec.relative(c -> c.anchor().day(0)));
        }
        return best;
    }
}
