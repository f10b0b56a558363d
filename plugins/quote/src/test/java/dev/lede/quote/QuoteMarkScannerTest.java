package dev.lede.quote;

import dev.lede.annotation.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMarkScannerTest {
    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    private List<MarkedQuote> scan(String text) {
        return scanner.scan(text, List.of(new Paragraph(0, text.length())));
    }

    @Test
    void curlyStraightLowNineAndDoubledApostrophes() {
        assertEquals(1, scan("He said \u201cyes\u201d.").size());
        assertEquals(1, scan("He said \"yes\".").size());
        assertEquals(1, scan("Er sagte \u201eja\u201c heute.").size());
        MarkedQuote q = scan("''If we go to war, we go,'' he said.").get(0);
        assertEquals(0, q.open());
        assertEquals(2, q.contentStart());
    }

    @Test
    void markWithoutSpaceBeforeOpens() {
        String text = "a\u201ccoalition of the willing\u201d to";
        MarkedQuote q = scan(text).get(0);
        assertEquals(1, q.open());
        assertEquals("coalition of the willing", text.substring(q.contentStart(), q.contentEnd()));
    }

    @Test
    void unclosedQuoteContinuesIntoAParagraphThatOpensWithAMark() {
        String text = "\u201cOne.\n\u201cTwo.\u201d he said";
        List<Paragraph> paras = List.of(new Paragraph(0, 5), new Paragraph(6, text.length()));
        List<MarkedQuote> marks = scanner.scan(text, paras);
        assertEquals(1, marks.size());
        assertTrue(marks.get(0).closed());
        assertEquals(text.indexOf('\u201d') + 1, marks.get(0).close());
    }

    @Test
    void unclosedQuoteStopsAtTheParagraphOtherwise() {
        String text = "\u201cOne two three.\nPlain text here.";
        List<Paragraph> paras = List.of(new Paragraph(0, 15), new Paragraph(16, text.length()));
        List<MarkedQuote> marks = scanner.scan(text, paras);
        assertEquals(1, marks.size());
        assertFalse(marks.get(0).closed());
        assertEquals(15, marks.get(0).close());
    }

    @Test
    void nestedQuotesAreDropped() {
        List<MarkedQuote> marks = scan("\u201cShe said \u2018no\u2019 twice,\u201d he said.");
        assertEquals(1, marks.size());
    }
}
