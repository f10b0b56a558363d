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

class NumberAnalyzerTest {

    private static void assertNumber(NumberMention m, NumberType type, double value, String unit, Approx approx) {
        assertEquals(type, m.type(), m.toString());
        assertEquals(value, m.value(), Math.abs(value) * 1e-9, m.toString());
        assertEquals(unit, m.unit(), m.toString());
        assertEquals(approx, m.approx(), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The figure rose to 1,250.5 last week.|1,250.5|1250.5",
            "Officials said 35 of them were released.|35|35",
            "Twenty-five of the ships returned.|Twenty-five|25",
            "Twenty five of the ships returned.|Twenty five|25",
            "In all, one hundred and sixty-one of them voted.|one hundred and sixty-one|161",
            "The fund now holds 1.5 million of the shares.|1.5 million|1500000",
            "Analysts expect 3 trillion in new lending.|3 trillion|3000000000000",
            "Two thirds of the vote was counted.|Two thirds|0.6666666666666666",
            "The rate was 0.75 on Monday.|0.75|0.75",
            "A dozen of the boats sank.|A dozen|12",
            "They need 40 000 of the forms.|40 000|40000",
    })
    void readsCardinalsInDigitsAndWords(String text, String surface, double value) {
        NumberMention m = mention(text, surface);
        assertEquals(value, m.value(), Math.abs(value) * 1e-9, m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The loan is 12,34,567 rupees.|12,34,567 rupees|1234567",
            "Le prix: 1.234.567,89 euros.|1.234.567,89 euros|1234567.89",
            "Mix 2 1/4 cups of flour.|2 1/4 cups|2.25",
            "Add ½ cup of milk.|½ cup|0.5",
            "The rate fell to .75 of a point.|.75|0.75",
            "Growth of 1.3e6 was recorded.|1.3e6|1300000",
            "Nearly three quarters of the seats changed hands.|Nearly three quarters|0.75",
            "About five and a half million people live there.|About five and a half million people|5500000",
            "It fell by a third of its value.|a third|0.3333333333333333",
            "They waited an hour and a half for the bus.|an hour and a half|1.5",
            "The centre is 6'3\" tall.|6'3\"|75",
            "The team signed a 6-foot-3 forward.|6-foot-3|75",
    })
    void readsNumberShapes(String text, String surface, double value) {
        NumberMention m = mention(text, surface);
        assertEquals(value, m.value(), Math.abs(value) * 1e-9, m.toString());
    }

    @Test
    void readsListsOfNumbersOneByOne() {
        List<String> found = numbers("The winning balls were 12,24,26,31.").stream().map(NumberMention::text).toList();
        assertEquals(List.of("12", "24", "26", "31"), found);
    }

    @Test
    void doesNotJoinARunOfNumbersIntoThousands() {
        List<String> found = numbers("Golfers shot 71 70 288 in the table.").stream().map(NumberMention::text).toList();
        assertEquals(List.of("71", "70", "288"), found);
    }

    @Test
    void aThirdBeforeANounIsAnOrdinal() {
        assertNumber(mention("He is seeking a third term.", "third"), NumberType.ORDINAL, 3, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It was the 21st round of talks.|21st|21",
            "She finished third in the race.|third|3",
            "It marks the twenty-fifth meeting of the council.|twenty-fifth|25",
            "In the first half the hosts scored twice.|first|1",
    })
    void readsOrdinals(String text, String surface, double value) {
        assertNumber(mention(text, surface), NumberType.ORDINAL, value, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The company raised $4.2bn from investors.|$4.2bn|4.2e9|USD",
            "Brussels pledged €20m in aid.|€20m|2.0e7|EUR",
            "The club paid £25m for the striker.|£25m|2.5e7|GBP",
            "The deal is worth US$3.5 million.|US$3.5 million|3.5e6|USD",
            "Pensions rose to 5,000 hryvnias a month.|5,000 hryvnias|5000|UAH",
            "The fine was 2 billion rubles.|2 billion rubles|2.0e9|RUB",
            "A ticket costs ¥300 in Osaka.|¥300|300|JPY",
            "Shares fell 50 cents to close lower.|50 cents|0.5|USD",
            "The bank lent 12 million Swiss francs.|12 million Swiss francs|1.2e7|CHF",
            "Exports reached EUR 1.2 billion.|EUR 1.2 billion|1.2e9|EUR",
            "It became a $400-million business.|$400-million|4.0e8|USD",
    })
    void readsMoneyWithIsoCodes(String text, String surface, double value, String code) {
        assertNumber(mention(text, surface), NumberType.MONEY, value, code, null);
    }

    @Test
    void ambiguousCurrencyWordsHaveNoCode() {
        NumberMention m = mention("The painting sold for 400 francs in 1890.", "400 francs");
        assertEquals(NumberType.MONEY, m.type());
        assertNull(m.unit());
    }

    @Test
    void keepsPercentAndPercentagePointsApart() {
        assertNumber(mention("Inflation rose 3% in May.", "3%"), NumberType.PERCENT, 3, "percent", null);
        assertNumber(mention("Turnout fell 3 per cent this year.", "3 per cent"), NumberType.PERCENT, 3, "percent", null);
        assertNumber(mention("Support fell three percentage points.", "three percentage points"),
                NumberType.PERCENT, 3, "percentage point", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The convoy travelled 120 km overnight.|120 km|120|kilometer|QUANTITY",
            "The storm moved 5 miles inland.|5 miles|5|mile|QUANTITY",
            "The ship carried 2,000 tonnes of grain.|2,000 tonnes|2000|metric ton|QUANTITY",
            "The plant will produce 40 MW of power.|40 MW|40|megawatt|QUANTITY",
            "Output reached 1.2 million barrels a day.|1.2 million barrels|1200000|barrel|QUANTITY",
            "Winds reached 70 km/h near the coast.|70 km/h|70|kilometer per hour|QUANTITY",
            "It was 30°C in the shade.|30°C|30|celsius|TEMPERATURE",
            "Temperatures of 40C are expected.|40C|40|celsius|TEMPERATURE",
            "Temperatures fell to minus 12 degrees Celsius.|minus 12 degrees Celsius|-12|celsius|TEMPERATURE",
            "The mercury fell to -14 C overnight.|-14 C|-14|celsius|TEMPERATURE",
            "The farm covers 450 hectares.|450 hectares|450|hectare|QUANTITY",
    })
    void readsQuantitiesWithUnits(String text, String surface, double value, String unit, NumberType type) {
        assertNumber(mention(text, surface), type, value, unit, null);
    }

    @Test
    void readsDurationsAndAges() {
        assertNumber(mention("The siege lasted 35 days.", "35 days"), NumberType.DURATION, 35, "day", null);
        assertNumber(mention("Talks could take three months.", "three months"), NumberType.DURATION, 3, "month", null);
        assertNumber(mention("He signed a two-year contract.", "two-year"), NumberType.DURATION, 2, "year", null);
        assertNumber(mention("A 43-year-old man was arrested.", "43-year-old"), NumberType.AGE, 43, "year", null);
        assertNumber(mention("The victim, aged 61, died later.", "aged 61"), NumberType.AGE, 61, "year", null);
        assertNumber(mention("The driver, Paul Grant, 34, was unhurt.", "34"), NumberType.AGE, 34, "year", null);
        assertNumber(mention("The girl is five years old.", "five years old"), NumberType.AGE, 5, "year", null);
    }

    @Test
    void readsCountsWithTheNounAsWritten() {
        assertNumber(mention("Delegates from nearly 50 countries attended.", "nearly 50 countries"),
                NumberType.COUNT, 50, "countries", Approx.NEARLY);
        assertNumber(mention("The army sent 2,000 troops to the border.", "2,000 troops"),
                NumberType.COUNT, 2000, "troops", null);
        assertNumber(mention("At least 12 people were killed.", "At least 12 people"),
                NumberType.COUNT, 12, "people", Approx.AT_LEAST);
        assertNumber(mention("The raid freed 30 Palestinian prisoners.", "30 Palestinian prisoners"),
                NumberType.COUNT, 30, "prisoners", null);
        assertNumber(mention("Nearly 3 million Syrians live in Turkey.", "Nearly 3 million Syrians"),
                NumberType.COUNT, 3e6, "Syrians", Approx.NEARLY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The bill will cost about $5 billion.|about $5 billion|ABOUT",
            "Rebels hold roughly 30 villages.|roughly 30 villages|ABOUT",
            "Aid worth more than 20 billion euros was sent.|more than 20 billion euros|MORE_THAN",
            "The mission spent almost 90 days in orbit.|almost 90 days|NEARLY",
            "Fewer than 100 people voted.|Fewer than 100 people|LESS_THAN",
            "Each family may receive up to $1,000.|up to $1,000|UP_TO",
            "The limit is at most 5 percent.|at most 5 percent|AT_MOST",
            "Some 300 families fled.|Some 300 families|ABOUT",
            "They want over 40 percent of the seats.|over 40 percent|MORE_THAN",
    })
    void keepsQualifiersApart(String text, String surface, Approx approx) {
        NumberMention m = mention(text, surface);
        assertEquals(approx, m.approx(), m.toString());
    }

    @Test
    void readsRangesWithLowAndHigh() {
        NumberMention vessels = mention("Between them, 10-15 vessels wait offshore.", "10-15 vessels");
        assertNull(vessels.value());
        assertEquals(10, vessels.low());
        assertEquals(15, vessels.high());
        assertEquals("vessels", vessels.unit());

        NumberMention growth = mention("Growth will be between 5 and 7 percent.", "between 5 and 7 percent");
        assertEquals(NumberType.PERCENT, growth.type());
        assertEquals(5, growth.low());
        assertEquals(7, growth.high());

        NumberMention deal = mention("The deal could be worth from $2bn to $3bn.", "from $2bn to $3bn");
        assertEquals(NumberType.MONEY, deal.type());
        assertEquals(2e9, deal.low());
        assertEquals(3e9, deal.high());
        assertEquals("USD", deal.unit());
    }

    @Test
    void aChangeAndItsEndPointAreNotARange() {
        List<String> found = numbers("The index fell 2.3 percent to 51.4 in May.").stream().map(NumberMention::text).toList();
        assertEquals(List.of("2.3 percent", "51.4"), found);
    }

    @Test
    void multiplierOfTheSecondNumberScalesTheFirst() {
        NumberMention m = mention("Repairs will cost $2-3 billion.", "$2-3 billion");
        assertEquals(2e9, m.low());
        assertEquals(3e9, m.high());
    }

    @Test
    void coupleIsAnApproximateTwo() {
        NumberMention m = mention("Prices rose in the last couple of weeks.", "couple");
        assertNumber(m, NumberType.CARDINAL, 2, null, Approx.ABOUT);
    }

    @Test
    void spaceSeparatedWordsAreNotReadAsAYear() {
        // ICU's lenient parser reads "twenty five" as 2005; the composition here must give 25
        assertEquals(25.0, mention("twenty five boats", "twenty five boats").value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The summit opens in 2025 in Geneva.",
            "The talks began on April 15 in Riyadh.",
            "Published 2025-04-15 by the agency.",
            "The vote was held on 15 April.",
            "Polls close at 10:30 tomorrow.",
            "Polls close at 6pm tomorrow.",
            "Call the hotline at 555-123-4567 for help.",
            "Call the hotline at (555) 123-4567 for help.",
            "Call the London office on +44 20 7946 0958 today.",
            "Update to version 2.4.1 of the app.",
            "The server at 192.168.0.1 was down.",
            "Veterans of World War II gathered.",
            "Pope John Paul II visited the city.",
            "Veterans of the Second World War gathered.",
            "The hosts won 3-1 on Saturday.",
            "Recent figures were revised.",
            "Music of the 1990s is back.",
            "The crew of Apollo 11 landed.",
            "Which one do you prefer?",
            "The F-35 jets landed at dawn.",
            "Sales of the iPhone 15 began.",
            "Protesters gathered outside 10 Downing Street.",
            "The 13F filing was late.",
            "Engineers returned to Three Mile Island.",
            "The model printed 1e999 and stopped.",
            "The blast came at 0040 GMT on Friday.",
    })
    void reportsNoQuantityForDatesTimesIdentifiersAndNames(String text) {
        List<NumberMention> found = numbers(text);
        assertTrue(found.isEmpty(), text + " -> " + found);
    }

    @Test
    void keepsRealNumbersNextToDates() {
        List<NumberMention> found = numbers("On April 15, 2025, the ministry said 120 people were hurt.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("120 people", found.get(0).text());
    }

    @Test
    void scansTheWholeTextWhenThereAreNoTokens() {
        List<NumberMention> found = new NumberAnalyzer().find("Aid rose to $3bn.", List.of());
        assertEquals(List.of("$3bn"), found.stream().map(NumberMention::text).toList());
    }

    @Test
    void offsetsPointIntoTheUntouchedText() {
        String text = "Officials said\u00a0€1.5bn — about 3% of output — was lost.";
        for (NumberMention m : numbers(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(2, numbers(text).size());
    }
}
