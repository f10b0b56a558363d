package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsTest {
    private static JsonNode json(String s) throws Exception {
        return LedeJson.mapper().readTree(s.replace('\'', '"'));
    }

    @Test
    void spellingsAbbreviationsAndPluralsShareOneCanonicalForm() {
        assertEquals("kilometer", Units.canonical("km", "quantity"));
        assertEquals("kilometer", Units.canonical("Kilometres", "quantity"));
        assertEquals("kilometer per hour", Units.canonical("kilometres  per hour", "quantity"));
        assertEquals("mile per hour", Units.canonical("mph", null));
        assertEquals("child", Units.canonical("children", "count"));
        assertEquals("country", Units.canonical("countries", "count"));
        assertEquals("celsius", Units.canonical("°C", "temperature"));
        assertEquals("percent", Units.canonical("anything", "percent"));
        assertNull(Units.canonical("  ", "quantity"));
        assertNull(Units.canonical(null, "quantity"));
    }

    @Test
    void moneyCanonicalisesToIsoCodes() {
        assertEquals("USD", Units.canonical("dollars", "money"));
        assertEquals("GBP", Units.canonical("£", "money"));
        assertEquals("EUR", Units.canonical("eur", null));
        assertEquals("FRANCS", Units.canonical("francs", "money"), "unknown currencies keep their upper-cased name");
    }

    @Test
    void singularRulesKeepShortWordsAndLatinEndings() {
        assertEquals("box", Units.singular("boxes"));
        assertEquals("bus", Units.singular("bus"));
        assertEquals("gas", Units.singular("gas"));
        assertEquals("city", Units.singular("cities"));
    }

    @Test
    void unitsOfOneDimensionConvert() {
        assertEquals(1.0 / 60, Units.conversion("minute", "hour"), 1e-15);
        assertEquals(1000.0, Units.conversion("kilometer", "meter"), 1e-12);
        assertNull(Units.conversion("kilometer", "hour"));
        assertNull(Units.conversion("family", "family"));
    }

    @Test
    void valuesCompareAcrossUnitsAndRanges() throws Exception {
        assertTrue(NumberValues.valueOk(json("{'type':'duration','value':1.5,'unit':'hour'}"),
                json("{'type':'duration','value':90,'unit':'minutes'}")));
        assertFalse(NumberValues.valueOk(json("{'type':'duration','value':1.5,'unit':'hour'}"),
                json("{'type':'duration','value':90,'unit':'hour'}")));
        assertTrue(NumberValues.valueOk(json("{'type':'money','low':5,'high':10,'value':null,'unit':'USD'}"),
                json("{'type':'money','low':10,'high':5,'unit':'$'}")), "a range compares low and high, in any order");
        assertFalse(NumberValues.valueOk(json("{'type':'money','low':5,'high':10,'unit':'USD'}"),
                json("{'type':'money','value':5,'unit':'USD'}")), "a range is not a single value");
        assertTrue(NumberValues.valueOk(json("{'value':1000000}"), json("{'value':'1000000.0000001'}")),
                "relative tolerance 1e-6, numeric strings read as numbers");
        assertTrue(NumberValues.valueOk(json("{'value':null}"), json("{}")), "no value on both sides agrees");
    }

    @Test
    void unitsAreNotCheckedWhereGoldHasNone() throws Exception {
        assertTrue(NumberValues.unitOk(json("{'type':'cardinal','unit':null}"), json("{'unit':'kilometer'}")));
        assertFalse(NumberValues.unitOk(json("{'type':'quantity','unit':'kilometer'}"), json("{'unit':null}")));
        assertTrue(NumberValues.unitOk(json("{'type':'quantity','unit':'kilometer'}"), json("{'unit':'mi'}")),
                "convertible units count as the right unit");
    }

    @Test
    void closeIsPythonsIsClose() {
        assertTrue(NumberValues.close(1e6, 1e6 + 0.9));
        assertFalse(NumberValues.close(1e6, 1e6 + 1.1));
        assertTrue(NumberValues.close(0, 1e-13));
        assertFalse(NumberValues.close(Double.POSITIVE_INFINITY, 1e308));
    }
}
