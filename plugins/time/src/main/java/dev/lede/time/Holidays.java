package dev.lede.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Holidays named by two words ("Labor Day", "black friday", "new year"): their date in a given year. US holidays,
 * as the English news and the Recognizers specs use them; one-word holidays with a fixed date ("Christmas",
 * "Juneteenth") are in the lexicon, Easter and Thanksgiving have their own computation.
 */
final class Holidays {
    private static final Map<String, IntFunction<LocalDate>> TWO_WORDS = Map.of(
            "independence day", y -> LocalDate.of(y, 7, 4),
            "earth day", y -> LocalDate.of(y, 4, 22),
            "new year", y -> LocalDate.of(y, 1, 1),
            "labor day", y -> nth(y, 9, 1, DayOfWeek.MONDAY),
            "labour day", y -> nth(y, 9, 1, DayOfWeek.MONDAY),
            "memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "black friday", y -> thanksgiving(y).plusDays(1));

    private Holidays() {
    }

    /** The date rule of the two words, or null when they name no holiday. */
    static IntFunction<LocalDate> twoWords(String first, String second) {
        return TWO_WORDS.get(first + " " + second);
    }

    /** The fourth Thursday of November (US). */
    static LocalDate thanksgiving(int year) {
        return nth(year, 11, 4, DayOfWeek.THURSDAY);
    }

    private static LocalDate nth(int year, int month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
