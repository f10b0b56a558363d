package dev.lede.number;

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

/**
 * Units of engines, sport and markets, currencies named by country, and units a bare number takes from its
 * sentence (sentences written for these tests).
 */
class UnitsInNewsTest {

    private static void assertUnit(NumberMention m, NumberType type, double value, String unit) {
        assertEquals(type, m.type(), m.toString());
        assertEquals(value, m.value(), Math.abs(value) * 1e-9, m.toString());
        assertEquals(unit, m.unit(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The diesel idles at 800 rpm.|800 rpm|800|revolution per minute",
            "Its redline is 7,200 RPM.|7,200 RPM|7200|revolution per minute",
            "The hybrid makes 218 hp combined.|218 hp|218|horsepower",
            "The base engine offers 150 PS.|150 PS|150|metric horsepower",
            "The motor delivers 410 Nm from standstill.|410 Nm|410|newton meter",
            "The V6 is rated at 260 lb-ft.|260 lb-ft|260|pound-foot",
            "It produces 330 pound-feet of torque.|330 pound-feet|330|pound-foot",
            "The chip uses a 5 nm process.|5 nm|5|nanometer",
            "The sprinter clocked 36 km/h.|36 km/h|36|kilometer per hour",
            "The tyres run at 2.4 bar.|2.4 bar|2.4|bar",
            "Blood pressure of 140 mmHg is high.|140 mmHg|140|millimeter of mercury",
            "The colt won by six furlongs.|six furlongs|6|furlong",
            "The tank holds 40 cubic yards of soil.|40 cubic yards|40|cubic yard",
            "The line carries 40 kb/s at best.|40 kb/s|40|kilobit per second",
            "The attachment is a 5 mb file.|5 mb|5|megabyte",
            "Fibre brings 500 Mbps to the village.|500 Mbps|500|megabit per second",
            "The probe slowed at 2.1 m/s2 on entry.|2.1 m/s2|2.1|meter per square second",
            "The roof gets 900 W/m^2 per day in summer.|900 W/m^2 per day|900|watt per square meter per day",
            "The port handled 8 million tonnes of grain.|8 million tonnes|8e6|metric ton",
    })
    void readsUnitsOfEnginesAndMeasures(String text, String surface, double value, String unit) {
        assertUnit(mention(text, surface), NumberType.QUANTITY, value, unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fund paid 12 million Norwegian crowns.|12 million Norwegian crowns|1.2e7|NOK",
            "The fine was 3 million Danish crowns.|3 million Danish crowns|3e6|DKK",
            "The bridge cost 900 million Swedish kronor.|900 million Swedish kronor|9e8|SEK",
            "The club spent 40 million Czech crowns.|40 million Czech crowns|4e7|CZK",
            "Rent is 2,500 Polish zlotys a month.|2,500 Polish zlotys|2500|PLN",
            "The loan was 8 billion Hungarian forints.|8 billion Hungarian forints|8e9|HUF",
            "Bread costs 300 Nigerian naira.|300 Nigerian naira|300|NGN",
            "Wages rose to 12,000 Kenyan shillings.|12,000 Kenyan shillings|12000|KES",
            "Aid reached 50 billion Argentine pesos.|50 billion Argentine pesos|5e10|ARS",
            "A meal costs 45,000 dong in Hanoi.|45,000 dong|45000|VND",
            "The stake was sold for 1.1 billion Icelandic kronur.|1.1 billion Icelandic kronur|1.1e9|ISK",
            "He sold the bike for 150 quid.|150 quid|150|GBP",
    })
    void readsCurrenciesNamedByCountry(String text, String surface, double value, String code) {
        assertUnit(mention(text, surface), NumberType.MONEY, value, code);
    }

    @Test
    void aCurrencyWordSharedByCountriesKeepsNoCode() {
        NumberMention m = mention("The ticket cost 90 kroner.", "90 kroner");
        assertEquals(NumberType.MONEY, m.type(), m.toString());
        assertNull(m.unit(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The gunman, 27, was arrested at the scene.|27|27",
            "Police said his wife, 45, was unhurt.|45|45",
            "She became a mother at the age of 19.|age of 19|19",
    })
    void readsAgesAfterAPerson(String text, String surface, double value) {
        assertUnit(mention(text, surface), NumberType.AGE, value, "year");
    }

    @Test
    void aNumberBetweenCommasAfterOtherWordsIsNoAge() {
        List<NumberMention> found = numbers("In the final round, 27, 31 and 40 were drawn.");
        assertEquals("27", found.get(0).text());
        assertEquals(NumberType.CARDINAL, found.get(0).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The blue-chip index closed at 7,412.50 on Friday.|7,412.50|7412.5",
            "The Nikkei fell 412 to end the week lower.|412|412",
    })
    void marketIndexLevelsAreInPoints(String text, String surface, double value) {
        assertUnit(mention(text, surface), NumberType.CARDINAL, value, "point");
    }

    @Test
    void aBareNumberOutsideAMarketSentenceKeepsNoUnit() {
        NumberMention m = mention("The shares closed at 41.50 on Friday.", "41.50");
        assertNull(m.unit(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Petrol rose 12 cents to $4.05 a gallon.|12 cents|$4.05",
            "The bank raised rates 50 basis points to 4.75%.|50 basis points|4.75%",
    })
    void aChangeInOneUnitAndALevelInAnotherAreNotARange(String text, String change, String level) {
        List<String> found = numbers(text).stream().map(NumberMention::text).toList();
        assertEquals(List.of(change, level), found);
    }

    @Test
    void aRangeWrittenInOneUnitStaysARange() {
        NumberMention m = mention("Tickets cost $10 to $15 each.", "$10 to $15");
        assertEquals(10, m.low());
        assertEquals(15, m.high());
    }

    @Test
    void aBareNumberJoinedToAMeasureSharesItsUnit() {
        NumberMention first = mention("Patients got 20 and 40 mg doses.", "20");
        assertEquals("milligram", first.unit(), first.toString());
        assertEquals("40 mg", numbers("Patients got 20 and 40 mg doses.").get(1).text());
        NumberMention growth = mention("Output may grow two or three percent.", "two");
        assertEquals(NumberType.PERCENT, growth.type(), growth.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It was 10 c outside at noon.|10 c|10|celsius",
            "Convert 25 c to fahrenheit first.|25 c|25|celsius",
    })
    void aLowerCaseScaleLetterIsATemperatureInATemperatureSentence(String text, String surface, double value,
            String unit) {
        assertUnit(mention(text, surface), NumberType.TEMPERATURE, value, unit);
    }

    @Test
    void aLowerCaseLetterAloneIsNoTemperature() {
        NumberMention m = mention("Take route 9 c as shown.", "9");
        assertNull(m.unit(), m.toString());
    }
}
