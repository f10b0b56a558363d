package dev.lede.quote;

import dev.lede.annotation.Quote;
import dev.lede.annotation.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offsets stay inside the text and match it, whatever the marks look like. */
class QuoteSpansTest {
    private static final List<String> AWKWARD = List.of(
            "",
            "\"",
            "\u201c\u201d",
            "He said \u201c",
            "\u201cUnclosed quote that runs to the end, she said",
            "\"A\" \"B\" \"C,\" he said, \"D\"",
            "''Doubled marks,'' he said. ``Backticks'' too.",
            "\u00bb German style \u00ab quote, said Anna.",
            "\u201cOne.\n\n\u201cTwo.\n\n\u201cThree,\u201d said Bo.",
            "Q: What?\nA: Nothing.\n\n\u201cFine,\u201d he said.",
            "According to,",
            "said said said, said said.",
            "X:\n\n\u201c\u201d");

    @Test
    void spansAreInsideTheTextAndMatchIt() {
        for (String text : AWKWARD) {
            List<Quote> quotes = QuoteFixture.quotes(text);
            for (Quote q : quotes) {
                assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), () -> text + " -> " + q);
                assertEquals(text.substring(q.start(), q.end()), q.text());
                for (Span p : q.parts()) {
                    assertEquals(text.substring(p.start(), p.end()), p.text());
                    assertTrue(p.start() >= q.start() && p.end() <= q.end(), () -> text + " -> " + q);
                }
                if (q.speaker() != null) {
                    assertEquals(text.substring(q.speaker().start(), q.speaker().end()), q.speaker().text());
                }
                if (q.cue() != null) {
                    assertEquals(text.substring(q.cue().start(), q.cue().end()), q.cue().text());
                }
            }
        }
    }

    @Test
    void idsAreNumberedInTextOrder() {
        List<Quote> quotes = QuoteFixture.quotes("\u201cFirst one here,\u201d Ana said. Bo said the second was later.");
        assertEquals(2, quotes.size());
        assertEquals("q1", quotes.get(0).id());
        assertEquals("q2", quotes.get(1).id());
        assertTrue(quotes.get(0).start() < quotes.get(1).start());
    }
}
