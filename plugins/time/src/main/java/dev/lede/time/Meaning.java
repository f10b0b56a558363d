package dev.lede.time;

import java.util.function.Function;

/** What a recognised expression means before it is resolved against the document's reference date. */
sealed interface Meaning {

    /** The TIMEX3 type and value in this context. */
    Value resolve(Context context);

    /** A resolved value; {@code unanchored} when it needed a reference date the document does not give. */
    record Value(TimeType type, String timex, boolean unanchored) {
    }

    /**
     * A calendar value, computed from the context when it is relative ("last week", "Friday"), or fixed ("April 15,
     * 2025"); anaphoric when it names a period by the one the story reports on, so it does not become that period.
     */
    record DateSpec(Function<Context, Cal> compute, boolean relative, boolean anaphoric, boolean monthPoint) {
        DateSpec(Function<Context, Cal> compute, boolean relative) {
            this(compute, relative, false, false);
        }

        DateSpec(Function<Context, Cal> compute, boolean relative, boolean anaphoric) {
            this(compute, relative, anaphoric, false);
        }

        /**
         * A day that a range counts in months: the end or middle of a month or a year ("from the middle of March to
         * the end of September" is seven months, as the calendar months go).
         */
        static DateSpec monthPoint(Function<Context, Cal> compute, boolean relative) {
            return new DateSpec(compute, relative, false, true);
        }

        static DateSpec fixed(Cal cal) {
            return new DateSpec(c -> cal, false);
        }

        static DateSpec relative(Function<Context, Cal> compute) {
            return new DateSpec(compute, true);
        }

        /** A period named by reference to the one the story reports on ("the quarter", "a year earlier"). */
        static DateSpec anaphoric(Function<Context, Cal> compute) {
            return new DateSpec(compute, true, true);
        }

        Cal cal(Context c) {
            return compute.apply(c);
        }
    }

    /** A date, a time of day, or both ("Tuesday night", "tomorrow 8:00am", "4pm"). */
    record Dated(DateSpec date, Clock clock) implements Meaning {
        @Override
        public Value resolve(Context c) {
            boolean unanchored = date != null && date.relative() && !c.anchor().known();
            if (date == null) {
                Cal day = c.lastDay();
                String prefix = day != null ? day.timex() : "";
                return new Value(TimeType.TIME, prefix + clock.timex(), false);
            }
            Cal cal = date.cal(c);
            if (clock == null) {
                return new Value(TimeType.DATE, cal.timex(), unanchored);
            }
            return new Value(TimeType.TIME, cal.timex() + clock.timex(), unanchored);
        }
    }

    /**
     * "the end of the day", "end of tomorrow", "eod": the last second of a day (a time, "2025-04-15T23:59:59"); the
     * end of a longer period stays that period ("the end of the year": "2025", its mod END).
     */
    record EndOf(DateSpec date) implements Meaning {
        private static final Clock LAST_SECOND = new Clock(23, 59, 59, null, true);

        @Override
        public Value resolve(Context c) {
            Cal cal = date.cal(c);
            boolean unanchored = date.relative() && !c.anchor().known();
            if (cal.grain() == Grain.DAY) {
                return new Value(TimeType.TIME, cal.timex() + LAST_SECOND.timex(), unanchored);
            }
            return new Value(TimeType.DATE, cal.timex(), unanchored);
        }
    }

    /**
     * A point some seconds after the reference time ("in 5 minutes"); without a reference time it is the duration
     * itself ({@code lasting}, in the words' own unit: "PT30M", not "PT1800S").
     */
    record Shifted(long seconds, String lasting) implements Meaning {
        @Override
        public Value resolve(Context c) {
            java.time.LocalDateTime t = c.anchor().dateTime();
            if (t == null) {
                return new Value(TimeType.DURATION, lasting, false);
            }
            java.time.LocalDateTime at = t.plusSeconds(seconds);
            Clock clock = new Clock(at.getHour(), at.getMinute(), at.getSecond(), null, true);
            return new Value(TimeType.TIME, Cal.of(at.toLocalDate()).timex() + clock.timex(), false);
        }
    }

    /** A duration: "P35D", "PT1H30M", "PXY". */
    record Lasting(String timex) implements Meaning {
        @Override
        public Value resolve(Context c) {
            return new Value(TimeType.DURATION, timex, false);
        }
    }

    /** A recurring time: "P1D" (daily), "XXXX-WXX-2" (every Tuesday). */
    record Repeating(String timex) implements Meaning {
        @Override
        public Value resolve(Context c) {
            return new Value(TimeType.SET, timex, false);
        }
    }

    /** PRESENT_REF, PAST_REF or FUTURE_REF. */
    record Referring(String timex) implements Meaning {
        @Override
        public Value resolve(Context c) {
            return new Value(TimeType.DATE, timex, false);
        }
    }

    /** A stretch between two points, as "(start,end,duration)". */
    record Ranged(Meaning.DateSpec from, Clock fromClock, Meaning.DateSpec to, Clock toClock) implements Meaning {
        @Override
        public Value resolve(Context c) {
            return RangeValue.of(this, c);
        }
    }
}
