package dev.lede.time;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.annotation.Sentence;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;
import dev.lede.testkit.TestDocuments;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sentence of our own per resolution rule; the reference date is a Tuesday, 2025-04-15, unless said. */
class TimeAnalyzerTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 4, 15);
    private final TimeAnalyzer analyzer = new TimeAnalyzer(Lexicon.load(), TenseReader.load(), GrammarOptions.DEFAULTS);

    private List<TimeExpression> times(String text, LocalDate reference) {
        AnnotatedDocument doc = TestDocuments.withText(text);
        List<Sentence> sentences = doc.layer(Layers.SENTENCES);
        return analyzer.find(text, sentences, reference);
    }

    private TimeExpression only(String text, String expression) {
        Optional<TimeExpression> t = times(text, TUESDAY).stream().filter(x -> x.text().equals(expression)).findFirst();
        assertTrue(t.isPresent(), "no '" + expression + "' in " + times(text, TUESDAY));
        return t.get();
    }

    private String value(String text, String expression) {
        return only(text, expression).value();
    }

    @Test
    void aTextThatEndsInsideACountOfTimesIsRead() {
        String text = "10th League One\n\nQUARTER-FINALS (four times)";
        List<TimeExpression> found = times(text, TUESDAY);
        assertTrue(found.stream().allMatch(t -> t.end() <= text.length()), found::toString);
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        assertEquals("2025-04-11", value("The harbour board said on Friday that fares would rise.", "Friday"));
        assertEquals("2025-04-18", value("The harbour board will meet on Friday to set the fares.", "Friday"));
        assertEquals("2025-04-15", value("Ferries were cancelled Tuesday after the storm.", "Tuesday"));
    }

    @Test
    void lastNextAndThisWithAUnit() {
        assertEquals("2025-W15", value("Ticket sales fell last week.", "last week"));
        assertEquals("2025-05", value("The new timetable starts next month.", "next month"));
        assertEquals("2025", value("Fares have risen twice this year.", "this year"));
        assertEquals("2024", value("Last year the port handled more ships.", "Last year"));
        // "next Friday" is the Friday of next week, "this Friday" the one of this week
        assertEquals("2025-04-25", value("The ferry sails next Friday.", "next Friday"));
        assertEquals("2025-04-18", value("The ferry sails this Friday.", "this Friday"));
        assertEquals("2025-04-11", value("The ferry sailed last Friday.", "last Friday"));
    }

    @Test
    void monthAndDayWithoutAYearTakeTheNearestSensibleYear() {
        assertEquals("2025-04-12", value("The pier reopened on April 12.", "April 12"));
        assertEquals("2025-05-02", value("The pier will reopen May 2.", "May 2"));
        assertEquals("2024-12-30", value("Crews began repairs on Dec. 30.", "Dec. 30"));
        assertEquals("2025-01", value("Repairs started in January.", "January"));
    }

    @Test
    void relativeDaysAndTheDayBefore() {
        assertEquals("2025-04-14", value("The mayor resigned yesterday.", "yesterday"));
        assertEquals("2025-04-16", value("The council votes tomorrow.", "tomorrow"));
        assertEquals("2025-04-09", value("The pier closed on April 10. The day before, divers had found a crack.",
                "The day before"));
        assertEquals("2025-04-12", value("Three days ago the pier was still open.", "Three days ago"));
    }

    @Test
    void fiscalAndQuarterExpressions() {
        assertEquals("2024-Q3", value("Profit rose in Q3 2024.", "Q3 2024"));
        // a quarter that has not begun is last year's in a past-tense clause, this year's in a future-tense one
        assertEquals("2024-Q3", value("Profit rose in the third quarter.", "the third quarter"));
        assertEquals("2025-Q3", value("Profit will rise in the third quarter.", "the third quarter"));
        assertEquals("2025-Q1", value("Third-quarter sales, like first-quarter sales, grew.", "first-quarter"));
        assertEquals("2023", value("The line lost money in fiscal 2023.", "fiscal 2023"));
        assertEquals("2023-H2", value("Demand grew in the second half of 2023.", "the second half of 2023"));
    }

    @Test
    void aYearEarlierInAQuarterlyReportIsThatQuarterAYearBefore() {
        List<TimeExpression> t = times("Ferry revenue rose 4% in the second quarter from a year earlier.", TUESDAY);
        assertEquals(List.of("2025-Q2", "2024-Q2"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void decadesAndCenturies() {
        assertEquals("199", value("Ferries were privatised in the 1990s.", "the 1990s"));
        assertEquals("198", value("It was built in the '80s.", "the '80s"));
        assertEquals("18", value("The harbour dates from the 19th century.", "the 19th century"));
    }

    @Test
    void rangesAreOneExpression() {
        assertEquals("(2019-01-01,2021-01-01,P2Y)", value("The pier was rebuilt in 2019-2021.", "2019-2021"));
        assertEquals("(2025-04-21,2025-04-23,P2D)",
                value("The ferry will run from Monday to Wednesday only.", "from Monday to Wednesday"));
        assertEquals("(T09,T11:30,PT2H30M)", value("The office opens from 9 to 11:30 am.", "from 9 to 11:30 am"));
    }

    @Test
    void durations() {
        assertEquals("P35D", value("For 35 days, the strike has kept the ferries in port.", "35 days"));
        assertEquals("PT1H30M", value("The crossing takes an hour and a half.", "an hour and a half"));
        assertEquals("PT16H", value("After a 16-hour shift the crew went home.", "16-hour"));
        assertEquals("PXY", value("The dispute has lasted several years.", "several years"));
        assertEquals(TimeType.DURATION, only("For 35 days, the strike has kept the ferries in port.", "35 days").type());
    }

    @Test
    void setsRepeat() {
        assertEquals("P1D", value("Two ferries sail daily.", "daily"));
        assertEquals("XXXX-WXX-2", value("A ferry leaves every Tuesday.", "every Tuesday"));
        assertEquals(TimeType.SET, only("A ferry leaves every Tuesday.", "every Tuesday").type());
    }

    @Test
    void timesOfDay() {
        assertEquals("2025-04-15T20:30", value("The ferry left at 8:30 p.m. Tuesday.", "8:30 p.m. Tuesday"));
        assertEquals("2025-04-14TNI", value("The ferry sank last night.", "last night"));
        assertEquals(TimeType.TIME, only("The ferry sank last night.", "last night").type());
    }

    @Test
    void agesAndYearsThatAreNoDatesStayOut() {
        List<TimeExpression> t = times("The 35-year-old captain, 35 years old in May, led 2000 people and 1,500 "
                + "troops ashore; her son is 12 years old.", TUESDAY);
        assertEquals(List.of("May"), t.stream().map(TimeExpression::text).toList());
    }

    @Test
    void withoutAReferenceDateRelativeValuesKeepXAndAreFlagged() {
        List<TimeExpression> t = times("The pier reopened on April 12 and closed again on Friday.", null);
        assertEquals("XXXX-04-12", t.get(0).value());
        assertEquals(Boolean.TRUE, t.get(0).unanchored());
        assertEquals("XXXX-WXX-5", t.get(1).value());
        List<TimeExpression> fixed = times("The pier reopened on April 12, 2025.", null);
        assertEquals("2025-04-12", fixed.get(0).value());
        assertNull(fixed.get(0).unanchored());
    }

    @Test
    void referenceWords() {
        assertEquals("PRESENT_REF", value("The pier is now closed.", "now"));
        assertEquals("PAST_REF", value("The pier was recently repaired.", "recently"));
    }

    @Test
    void rangesCanBeSwitchedOffForTimeMlStyleOutput() {
        TimeAnalyzer split = new TimeAnalyzer(Lexicon.load(), TenseReader.load(),
                GrammarOptions.from(new AnalyzerConfig(Map.of("ranges", "false"))));
        String text = "The ferry will run from Monday to Wednesday only.";
        AnnotatedDocument doc = TestDocuments.withText(text);
        List<TimeExpression> t = split.find(text, doc.layer(Layers.SENTENCES), TUESDAY);
        assertEquals(List.of("Monday", "Wednesday"), t.stream().map(TimeExpression::text).toList());
    }

    @Test
    void theYearAndTheMonthAreThePeriodTheStoryIsIn() {
        assertEquals("2025", value("Ferry traffic rose 4% for the year, the port said.", "the year"));
        assertEquals("2025", value("The port expects a loss for the full year.", "the full year"));
        assertEquals("2025-04", value("Two ferries were retired during the month.", "the month"));
        assertTrue(times("The year before, the pier was shut.", TUESDAY).stream()
                .noneMatch(t -> t.text().equals("The year")), "'the year before' is not this year");
    }

    @Test
    void thatYearIsTheYearOfTheLastDateNamed() {
        assertEquals("2019", value("The pier opened in March 2019 and closed later that year.", "later that year"));
        assertEquals("2019-03", value("The pier opened in March 2019; that month, fares doubled.", "that month"));
    }

    @Test
    void bareUnitsAfterAPrepositionAreSomeLength() {
        assertEquals("PXY", value("The pier has been closed for years.", "years"));
        assertEquals("PXW", value("The ferry could return within weeks.", "weeks"));
        assertEquals("P1Y", value("Profit rose in the fiscal year ended Sept. 30.", "the fiscal year"));
    }

    @Test
    void theFutureAndThePastAreTimesOnlyAsNouns() {
        assertEquals("FUTURE_REF", value("More ferries will sail in the near future.", "the near future"));
        assertEquals("PAST_REF", value("In the past, the pier was busier.", "the past"));
        assertTrue(times("The present situation may bring future losses.", TUESDAY).isEmpty(),
                "adjectives before a noun are no times");
    }

    @Test
    void theLatestPeriodIsTheQuarterTheStoryReportsOn() {
        assertEquals("2025-Q1", value("Ferry revenue rose in the first quarter. Costs in the latest period fell 3%.",
                "the latest period"));
    }

    @Test
    void seasonsAfterAPrepositionFollowTheTense() {
        assertEquals("2024-SU", value("Over the summer, the pier was repaired.", "the summer"));
        assertEquals("2025-SU", value("The pier will be repaired during the summer.", "the summer"));
        assertEquals("2025-WI", value("Few ferries sail in winter.", "winter"));
        assertTrue(times("Prices fall in spring when the fall of the old pier is forgotten.", TUESDAY).isEmpty(),
                "'fall' and 'spring' need 'the' to be seasons, and 'the fall of' is an event");
    }

    @Test
    void lastAndNextBeforeAHolidayPickItsYear() {
        assertEquals("2024-12-25", value("The pier shut last Christmas.", "last Christmas"));
        assertEquals("2025-12-25", value("The pier shuts next Christmas.", "next Christmas"));
        assertEquals("2024-03-31", value("The ferry sailed the last Easter before the strike.", "last Easter"));
    }

    @Test
    void nounsThatAreTimesAfterThe() {
        assertEquals("199", value("Ferry traffic fell through the nineties.", "the nineties"));
        assertEquals("FUTURE_REF", value("Fares should hold in the near term, the port said.", "the near term"));
    }

    @Test
    void aWeekdayWithItsDate() {
        assertEquals("2025-06-13", value("The ferry sank on Friday 13th.", "Friday 13th"));
        assertEquals("2025-05-16", value("The pier reopens this Friday 5/16, the port said.", "this Friday 5/16"));
        assertEquals("2025-04-11", value("Prices fell Friday, the fourth decline in a row.", "Friday"));
        assertTrue(times("A meeting for the week beginning May 5 was set.", TUESDAY).stream()
                .noneMatch(t -> t.text().equals("the week")), "'the week beginning' is not this week");
    }

    @Test
    void withoutATenseCueTheWeekendIsTheNearerOne() {
        // the reference is a Tuesday: the weekend just gone is nearer than the coming one
        assertEquals("2025-W15-WE", value("Ferry talks over the weekend.", "the weekend"));
        assertEquals("2025-W16-WE", times("Ferry talks over the weekend.", LocalDate.of(2025, 4, 17))
                .get(0).value());
        assertEquals("2019-W10-WE", value("The pier reopened on March 8, 2019. That weekend it was full.",
                "That weekend"));
    }

    @Test
    void aWeekdayOfAShiftedWeek() {
        assertEquals("2025-04-21", value("The crew meets next week Mon to plan the route.", "next week Mon"));
        assertEquals("2025-04-11", value("What did the pier board decide previous week - Friday?",
                "previous week - Friday"));
    }

    @Test
    void shortWeekdaysNeedACapitalAndADate() {
        assertEquals("2025-05-14", value("The ferry leaves Wed 14th.", "Wed 14th"));
        assertTrue(times("The pair wed in the sun and sat down.", TUESDAY).isEmpty(), "'wed', 'sun', 'sat' are words");
        assertTrue(times("The Sun reported the crash.", TUESDAY).isEmpty(), "'The Sun' is a newspaper");
    }

    @Test
    void aDayOfAMonthNamedByShiftOrReference() {
        assertEquals("2025-04-21", value("Fares rise around the 21st this month.", "the 21st this month"));
        assertEquals("2025-05-15", value("Fares rise after the 15th day of next month.", "the 15th day of next month"));
        assertEquals("2024-11-12", value("The pier closed 12 of Nov, crews said.", "12 of Nov"));
        assertTrue(times("Twelve of them sailed; 12 of the crew stayed.", TUESDAY).isEmpty(), "counts are no days");
    }

    @Test
    void theEndOfADayIsItsLastSecond() {
        assertEquals("2025-04-16T23:59:59", value("Bids close at the end of tomorrow.", "the end of tomorrow"));
        assertEquals("2025-04-15T23:59:59", value("Send the figures by eod, please.", "eod"));
        assertEquals("2025-04-15T23:59:59", value("The desk shuts at the end of the day.", "the end of the day"));
        assertEquals("2025", value("The pier reopens by the end of the year.", "the end of the year"),
                "the end of a longer period stays that period");
    }

    @Test
    void aBareHourInAPartOfTheDay() {
        assertEquals("2025-04-14T05", value("The ferry left at five in the morning yesterday.",
                "five in the morning yesterday"));
        assertEquals("T21", value("Crews worked until 9 in the evening.", "9 in the evening"));
    }

    @Test
    void spokenAndSpacedMeridiems() {
        assertEquals("T13:30", value("The call is at one thirty p m sharp.", "one thirty p m"));
        assertEquals("T15", value("Book the room at 3 p . m . for us.", "3 p . m ."));
        assertTrue(times("Plan A m ore carefully.", TUESDAY).isEmpty(), "letters without an hour are no meridiem");
    }

    @Test
    void inAFortnightAndInHalfAnHourArePoints() {
        assertEquals("2025-04-29", value("The pier reopens in a fortnight's time.", "in a fortnight"));
        // without a reference time of day, the shift is the duration itself
        assertEquals("PT30M", value("The pier reopens in half an hour.", "in half an hour"));
    }

    @Test
    void theNthWeekOfAMonthOrAYear() {
        assertEquals("2026-01-W03", value("Repairs start in the third week of January 2026.", "the third week of January 2026"));
        assertEquals("2025-04-W05", value("The pier closes the last week of this month.", "the last week of this month"));
        assertEquals("2024-W27", value("Sales peaked in week 27 of last year.", "week 27 of last year"));
        assertEquals("2025-03-W05", value("Sales dipped in the last week of March, when the 31st was a Monday.",
                "the last week of March"), "a sixth week of two days is not the last week");
    }

    @Test
    void moreRecurringTimes() {
        assertEquals("T06", value("The ferry leaves everyday 6am.", "everyday 6am"));
        assertEquals("P0.5Y", value("The pier is inspected semi-annually.", "semi-annually"));
        assertEquals("P2M", value("The board meets bi-monthly.", "bi-monthly"));
        assertEquals("P1WD", value("A ferry sails every weekday.", "every weekday"));
        assertEquals("XXXX-XX-19", value("Fares are paid on the 19th of every month.", "the 19th of every month"));
        assertEquals("TNI", value("Her brother works nights at the port.", "nights"));
        assertEquals("XXXX-WXX-4T17:30", value("Ferries leave Thursdays at 17.30 Lisbon time.", "Thursdays at 17.30"));
        assertTrue(times("He spent two nights in the cabin and the weekday crowds left.", TUESDAY).stream()
                .noneMatch(t -> t.text().equals("nights") || t.text().equals("weekday")), "counted nights, a noun");
    }

    @Test
    void aHyphenatedSpokenClock() {
        assertEquals("2025-04-16T17:30", value("The ferry returns at five-thirty tomorrow evening.",
                "five-thirty tomorrow evening"));
    }

    @Test
    void twoWordHolidaysAndTheirWeekends() {
        assertEquals("2019-11-29", value("Shops opened early on Black Friday 2019.", "Black Friday 2019"));
        assertEquals("2025-07-04", value("The ferry will sail on Independence Day.", "Independence Day"));
        assertEquals("2024-W35-WE", value("Traffic was heavy over Labor Day weekend.", "Labor Day weekend"),
                "a Monday holiday's weekend is the one before it");
        assertEquals("2023-W47-WE", value("We close the weekend of Thanksgiving 2023.",
                "the weekend of Thanksgiving 2023"));
        assertEquals("2021-W43-WE", value("The pier hosts a fair on Halloween weekend 2021.", "Halloween weekend 2021"));
        assertEquals("2025-06-19", value("The pier shuts on Juneteenth.", "Juneteenth"));
        assertTrue(times("It was a new year of hope for the black market.", TUESDAY).isEmpty(),
                "'a new year of' and 'black market' are no holidays");
    }

    @Test
    void spelledAndShortYearsAfterADate() {
        assertEquals("1993-08-15", value("The pier opened fifteen August nineteen hundred ninety three.",
                "fifteen August nineteen hundred ninety three"));
        assertEquals("2000-10", value("They left in October two thousand and came back later.", "October two thousand"));
        assertEquals("1987-04", value("The pier burned in April of 87.", "April of 87"));
        assertTrue(times("Two thousand people came and nineteen hundred left.", TUESDAY).isEmpty(),
                "counts in words are no years");
        assertEquals("2025-04", value("In April of 12 ferries, three sank.", "April"), "two digits before a noun are a count");
    }

    @Test
    void twoUnitsAwayAndTheNthMonthOfAYear() {
        assertEquals("2025-W18", value("The pier reopens the week after next.", "the week after next"));
        assertEquals("2025-02", value("Fares rose the month before last.", "the month before last"));
        assertEquals("2021-03", value("Repairs ended in the third month of 2021.", "the third month of 2021"));
    }

    @Test
    void aWeekdayOrAShiftBeforeAWrittenDate() {
        assertEquals("2025-06-13", value("The ferry sails this Friday-Jun-13.", "this Friday-Jun-13"));
        assertEquals("2025-06-13", value("The ferry sails this friday (jun-13) at dawn.", "this friday (jun-13)"));
        assertEquals("2025-05-12", value("Finish the repairs by next 5/12.", "next 5/12"));
        assertEquals("2024-11-22", value("Pick a slot on 11/20, 11/22 or 11/25.", "11/22"), "the nearest November 22");
        assertTrue(times("The vote was 5/12 against.", TUESDAY).isEmpty(), "a bare fraction is no date");
    }

    @Test
    void aBareDayEndsARangeInTheStartsMonthOrTheNext() {
        assertEquals("(2025-04-09,2025-04-17,P8D)", value("The pier is shut April ninth through 17th.",
                "April ninth through 17th"));
        assertEquals("(2025-04-27,2025-05-03,P6D)", value("The pier is shut from April 27 to the third.",
                "from April 27 to the third"));
        assertTrue(times("On April 9 and 17 people came.", TUESDAY).stream().noneMatch(t -> t.value().startsWith("(")),
                "'and' without 'between' joins no range");
    }

    @Test
    void aWeekdayInTheWeekOfAShiftedDay() {
        // 2025-04-15 + 3 days is Friday 18th: "on Thursday" is the 17th, in that week
        assertEquals("2025-04-17", value("The ferry returns in 3 days on Thursday.", "in 3 days on Thursday"));
        assertEquals("2027-04-16", value("The pier reopens Friday, two years from now.", "Friday, two years from now"));
        assertEquals("2025-04-19", value("We sail Saturday 4 days from now.", "Saturday 4 days from now"));
    }

    @Test
    void chatFormsAndPresentPhrases() {
        assertEquals("2025-04-15TNI", value("See you tonite at the pier.", "tonite"));
        assertEquals("T12", value("I'll be back noonish.", "noonish"));
        assertEquals("2025-05-07", value("The ferry sails three weeks from tmrw.", "three weeks from tmrw"));
        assertEquals("PRESENT_REF", value("We are not sailing at the present time.", "at the present time"));
        assertEquals("TMO", value("Let's find one morning to meet.", "morning"));
        assertEquals("2025-04-20", value("The pier reopens the following Easter.", "following Easter"));
        assertTrue(times("He booked 1 night at the inn.", TUESDAY).isEmpty(), "a counted night is a stay");
    }

    @Test
    void clockRangesWithTheirDays() {
        assertEquals("(2025-04-15T14,2025-04-16T16:30,PT26H30M)", value("The pier is shut from 2pm till tomorrow 4:30pm.",
                "from 2pm till tomorrow 4:30pm"));
        assertEquals("(2025-04-16T14,2025-04-16T16,PT2H)", value("Divers work between 14:00 tomorrow and 16:00.",
                "between 14:00 tomorrow and 16:00"));
    }

    @Test
    void compoundAmountsAgoAndClocksWithTheirDay() {
        assertEquals("2025-03-30", value("The pier shut 2 weeks and 2 days ago.", "2 weeks and 2 days ago"));
        assertEquals("2025-04-14T15", value("The ferry left at 3 pm or later on Monday.", "3 pm or later on Monday"));
        assertEquals("2025-04-13T08", value("The ferry left on Sunday early morning at 8:00.",
                "Sunday early morning at 8:00"));
        assertEquals("P2W", value("The cold lasted 2W.", "2W"));
        assertEquals("T08", value("The race starts at 8:00 early morning.", "8:00 early morning"));
    }

    @Test
    void rangesBetweenTheEndsAndMiddlesOfPeriodsCountMonths() {
        assertEquals("(2025-04-01,2025-07-01,P3M)", value("The pier was shut from April until the end of June.",
                "from April until the end of June"));
        assertEquals("(2007-07-02,2009-01-01,P18M)", value("Fares rose from the middle of 2007 to the end of 2008.",
                "from the middle of 2007 to the end of 2008"));
    }

    @Test
    void namesThatHoldAHolidayOrAWeekdayAreNoTimes() {
        assertTrue(times("Statues stand on Easter Island.", TUESDAY).isEmpty(), "Easter Island");
        assertTrue(times("Crowds marked the Chinese New Year with lanterns.", TUESDAY).isEmpty(), "Chinese New Year");
        assertEquals("2008-08-16", value("The story ran in the Edmonton Sun, August 16, 2008.", "August 16, 2008"),
                "the Edmonton Sun is a newspaper, not a Sunday");
    }
}
