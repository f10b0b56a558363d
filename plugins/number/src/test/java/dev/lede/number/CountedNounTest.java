package dev.lede.number;

import dev.lede.annotation.Approx;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.NumberType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.lede.number.NumberTestSupport.mention;
import static dev.lede.number.NumberTestSupport.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The noun a number counts: the head of the noun phrase after it (sentences written for these tests). */
class CountedNounTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // spelled-out numbers, "one" included
            "Firefighters rescued one woman from the roof.|one woman|1|woman",
            "The club signed two goalkeepers this summer.|two goalkeepers|2|goalkeepers",
            "Seven ferries were cancelled.|Seven ferries|7|ferries",
            // modifiers and compounds before the head
            "The hospital performed 800 hip replacements last year.|800 hip replacements|800|replacements",
            "The city plans 3,100 affordable rental homes.|3,100 affordable rental homes|3100|homes",
            "The carmaker recalled 52,000 Model 3 sedans.|52,000 Model 3 sedans|52000|sedans",
            "She won four Grand Slam singles titles.|four Grand Slam singles titles|4|titles",
            "About 30 part-time workers lost their jobs.|About 30 part-time workers|30|workers",
            "The firm shipped 231 million iPhones.|231 million iPhones|2.31e8|iPhones",
            "He won one Champions League title as a coach.|one Champions League title|1|title",
            "Only one injured hiker was airlifted.|one injured hiker|1|hiker",
            "One local shop owner told reporters the truth.|One local shop owner|1|owner",
            // non-integer amounts count too
            "The index gained 12.4 points on Friday.|12.4 points|12.4|points",
            "Nearly 2.5 million people fled the region.|Nearly 2.5 million people|2.5e6|people",
            // nations' people
            "Nearly 40 Israelis were hurt.|Nearly 40 Israelis|40|Israelis",
    })
    void countsTheHeadOfTheNounPhrase(String text, String surface, double value, String noun) {
        NumberMention m = mention(text, surface);
        assertEquals(NumberType.COUNT, m.type(), m.toString());
        assertEquals(value, m.value(), Math.abs(value) * 1e-9, m.toString());
        assertEquals(noun, m.unit(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "One man died and one was hurt.|One man",
            "Two were taken to hospital.|Two",
            "Three of the wounded were children.|Three",
            "The vote was 52 to 48 in the end.|52",
            "In the end one survived the crash.|one",
    })
    void leavesNumbersWithoutAFollowingNounUncounted(String text, String firstSurface) {
        NumberMention m = numbers(text).get(0);
        assertEquals(firstSurface, m.text(), m.toString());
        if (!firstSurface.contains(" ")) {
            assertNull(m.unit(), m.toString());
        }
    }

    @Test
    void aVerbEndsThePhraseAfterOne() {
        assertEquals("man", mention("One man died and one was hurt.", "One man").unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The video was shared more than 1,500 times.|more than 1,500 times|1500|times|MORE_THAN",
            "The striker scored twice in the final.|twice|2|times|",
            "They meet twice a month.|twice a month|2|count per month|",
            "The committee meets once a year.|once a year|1|count per year|",
            "Buses now run four times per day.|four times per day|4|count per day|",
            "The guard averaged 6.3 rebounds a game.|6.3 rebounds a game|6.3|rebounds per game|",
    })
    void countsEventsAndRates(String text, String surface, double value, String unit, Approx approx) {
        NumberMention m = mention(text, surface);
        assertEquals(NumberType.COUNT, m.type(), m.toString());
        assertEquals(value, m.value(), 1e-9, m.toString());
        assertEquals(unit, m.unit(), m.toString());
        assertEquals(approx, m.approx(), m.toString());
    }

    @Test
    void onceAloneIsNotANumber() {
        List<NumberMention> found = numbers("Once the deal closes, the bank will sell the unit.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void rulePassesCanBeSwitchedOff() {
        NumberAnalyzer plain = new NumberAnalyzer(new NumberRules(false, false, true));
        String text = "Surgeons did 500 knee operations and met twice a week.";
        List<NumberMention> found = plain.find(text, List.of());
        assertEquals(List.of("500"), found.stream().map(NumberMention::text).toList());
    }

    @Test
    void aCountedNounIsNoDuration() {
        NumberMention m = mention("The review takes twenty working days.", "twenty working days");
        assertEquals(NumberType.DURATION, m.type(), m.toString());
        assertEquals("day", m.unit(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Relatives of 9/11 victims met the panel.",
            "No one else was hurt.",
            "The city, like the one next door, voted no.",
    })
    void aCountedNounDoesNotMakeADateOrAPronounAQuantity(String text) {
        List<NumberMention> found = numbers(text);
        assertTrue(found.isEmpty(), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Greens hold a 6-point lead.|6-point|point",
            "A 12-member panel will decide.|12-member|member",
    })
    void countsTheNounOfAHyphenatedModifier(String text, String surface, String noun) {
        NumberMention m = mention(text, surface);
        assertEquals(NumberType.COUNT, m.type(), m.toString());
        assertEquals(noun, m.unit(), m.toString());
    }

    @Test
    void anAdjectiveAfterTheHyphenIsNoCountedNoun() {
        NumberMention m = mention("A 2,000-strong crowd gathered.", "2,000");
        assertNull(m.unit(), m.toString());
    }

    @Test
    void theAgeAPersonTurns() {
        NumberMention m = mention("The singer turned 64 last week.", "64");
        assertEquals(NumberType.AGE, m.type(), m.toString());
        assertEquals("year", m.unit(), m.toString());
    }

    @Test
    void aCountBeforeASpacedDashIsNoRange() {
        List<String> found = numbers("Doctors confirmed four cases \u2013 three in the north.").stream()
                .map(NumberMention::text).toList();
        assertEquals(List.of("four cases", "three"), found);
    }

    @Test
    void aFractionOrOrdinalCountsNothing() {
        NumberMention m = mention("They want a fifth straight league title.", "fifth");
        assertEquals(NumberType.ORDINAL, m.type(), m.toString());
    }

    @Test
    void anAgeRangeAfterAgedStaysARange() {
        NumberMention m = mention("Adults aged 18 to 25 years old may apply.", "aged 18 to 25 years old");
        assertEquals(18, m.low());
        assertEquals(25, m.high());
    }
}
