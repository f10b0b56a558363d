package dev.lede.number;

import dev.lede.number.NumberWords.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberWordsTest {
    private final NumberWords words = NumberWords.get();

    @Test
    void takesCardinalsAndOrdinalsFromIcuSpellOut() {
        assertEquals(new NumberWords.Word(Kind.CARDINAL, 17, false), words.word("seventeen"));
        assertEquals(new NumberWords.Word(Kind.CARDINAL, 90, false), words.word("ninety"));
        assertEquals(new NumberWords.Word(Kind.ORDINAL, 12, false), words.word("twelfth"));
        assertEquals(new NumberWords.Word(Kind.ORDINAL, 25, false), words.word("twentyfifth"));
        assertEquals(new NumberWords.Word(Kind.SCALE, 1e9, false), words.word("billion"));
        assertEquals(new NumberWords.Word(Kind.SCALE_ORDINAL, 1e6, false), words.word("millionth"));
    }

    @Test
    void ordinalPluralsAreFractionDenominatorsButSecondsIsNot() {
        assertTrue(words.word("thirds").plural());
        assertEquals(Kind.ORDINAL, words.word("eighths").kind());
        assertNull(words.word("seconds"));
    }

    @Test
    void addsNewsWordsIcuDoesNotSpell() {
        assertEquals(1e5, words.word("lakh").value());
        assertEquals(1e7, words.word("crores").value());
        assertEquals(Kind.DOZEN, words.word("dozen").kind());
        assertFalse(words.contains("several"));
    }
}
