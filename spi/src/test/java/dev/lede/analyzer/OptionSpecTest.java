package dev.lede.analyzer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionSpecTest {

    @Test
    void booleansAcceptOnlyTrueAndFalse() {
        OptionSpec o = OptionSpec.bool("demonyms", false, "d");
        assertTrue(o.accepts("true") && o.accepts("false"));
        for (String bad : List.of("maybe", "yes", "TRUE", "1", "", " true")) {
            assertFalse(o.accepts(bad), bad);
        }
        assertEquals("true or false", o.wanted());
    }

    @Test
    void numbersChoicesAndTextAreCheckedByType() {
        assertTrue(OptionSpec.integer("n", 5, "n").accepts("-12"));
        assertFalse(OptionSpec.integer("n", 5, "n").accepts("1.5"));
        assertTrue(OptionSpec.decimal("x", 0.5, "x").accepts("1e-3"));
        assertFalse(OptionSpec.decimal("x", 0.5, "x").accepts("NaN"));
        OptionSpec mode = OptionSpec.choice("mode", "fast", "m", "fast", "accurate");
        assertTrue(mode.accepts("accurate"));
        assertFalse(mode.accepts("Fast"));
        assertEquals("one of: fast, accurate", mode.wanted());
        assertTrue(OptionSpec.list("words", "a,b", "w").accepts("x, y"));
    }

    @Test
    void aDefaultThatDoesNotFitItsTypeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OptionSpec.choice("mode", "slow", "m", "fast"));
        assertThrows(IllegalArgumentException.class, () -> OptionSpec.bool("Bad name", true, "b"));
    }

    @Test
    void perRequestIsOptIn() {
        assertFalse(OptionSpec.bool("a", true, "a").perRequest());
        assertTrue(OptionSpec.bool("a", true, "a").allowPerRequest().perRequest());
    }

    @Test
    void theConfigReadsTypedValuesAndRefusesBadBooleans() {
        AnalyzerConfig c = new AnalyzerConfig(Map.of("b", "true", "n", "7", "l", "a, b,,c", "bad", "yes"));
        assertTrue(c.getBoolean("b", false));
        assertEquals(7L, c.getLong("n", 0));
        assertEquals(List.of("a", "b", "c"), c.getList("l", List.of()));
        assertThrows(IllegalArgumentException.class, () -> c.getBoolean("bad", false));
    }
}
