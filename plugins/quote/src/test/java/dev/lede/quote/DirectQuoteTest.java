package dev.lede.quote;

import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lede.quote.QuoteFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectQuoteTest {

    @Test
    void quoteThenSpeakerThenCue() {
        String text = "\u201cThe bridge will reopen in May,\u201d Anna Berg said.";
        Quote q = only(text);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("\u201cThe bridge will reopen in May,\u201d", q.text());
        assertEquals("Anna Berg", q.speaker().text());
        assertEquals("said", q.cue().text());
        assertNull(q.speaker().entity(), "no entity layer, no entity id");
    }

    @Test
    void quoteThenCueThenSpeaker() {
        Quote q = only("\"Prices will keep falling next year,\" said Tom Okafor.");
        assertEquals("Tom Okafor", q.speaker().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void speakerAndCueBeforeAColon() {
        Quote q = only("The coach said: \"We played badly and we know it.\"");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("The coach", q.speaker().text());
        assertEquals("said", q.cue().text());
        assertTrue(q.text().startsWith("\"We played"));
    }

    @Test
    void appositiveBetweenSpeakerAndCue() {
        Quote q = only(
                "\u201cThe budget is balanced,\u201d Lena Fischer, the finance minister, said on Tuesday.");
        assertEquals("Lena Fischer", q.speaker().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void participleCueAfterAClauseTakesTheSubject() {
        String text = "Mayor Ruth Vance visited the volunteers, noting:\u201cThey worked through the night to save the harbour.\u201d";
        Quote q = only(text);
        assertEquals("Mayor Ruth Vance", q.speaker().text());
        assertEquals("noting", q.cue().text());
    }

    @Test
    void quoteSplitByItsAttributionIsOneQuoteWithParts() {
        String text = "\u201cWe must act,\u201d he said, \u201cand we must act now.\u201d";
        Quote q = only(text);
        assertEquals(2, q.parts().size());
        assertEquals("\u201cWe must act,\u201d", q.parts().get(0).text());
        assertEquals("\u201cand we must act now.\u201d", q.parts().get(1).text());
        assertEquals(0, q.start());
        assertEquals(text.length(), q.end());
        assertEquals("he", q.speaker().text());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        String text = "\u201cThe first years were hard. We had no money and no office.\n\n"
                + "\u201cThen the grant came and everything changed,\u201d Omar Haddad said.";
        Quote q = only(text);
        assertEquals(0, q.start());
        assertTrue(q.text().endsWith("changed,\u201d"));
        assertEquals("Omar Haddad", q.speaker().text());
    }

    @Test
    void followOnParagraphKeepsThePreviousSpeaker() {
        String text = "\u201cWe will appeal the ruling,\u201d said Carla Mendes.\n\n"
                + "\u201cThe court ignored the evidence and the law is on our side.\u201d";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertTrue(quotes.stream().allMatch(q -> q.kind() == QuoteKind.DIRECT));
        String last = text.substring(text.lastIndexOf('\u201c'));
        boolean covered = quotes.stream().anyMatch(q -> q.end() == text.length()
                && q.speaker() != null && q.speaker().text().equals("Carla Mendes"));
        assertTrue(covered, () -> "follow-on quote '" + last + "' without Carla Mendes in " + quotes);
    }

    @Test
    void speakerFromTheSentenceBeforeAColon() {
        String text = "The senator was blunt:\n\n\u201cThis bill will not pass while I sit in this chamber.\u201d";
        Quote q = only(text);
        assertEquals("The senator", q.speaker().text());
    }

    @Test
    void singleQuotesAsQuotationMarks() {
        Quote q = only("\u2018We will not back down,\u2019 the union leader said.");
        assertEquals("\u2018We will not back down,\u2019", q.text());
        assertEquals("the union leader", q.speaker().text());
    }

    @Test
    void straightSingleQuotesAsQuotationMarks() {
        Quote q = only("'It is a fair deal for both sides,' Ben Cole said.");
        assertEquals("'It is a fair deal for both sides,'", q.text());
        assertEquals("Ben Cole", q.speaker().text());
    }

    @Test
    void guillemetsWithSpacesInside() {
        Quote q = only("\u00ab We will win the next match \u00bb, the coach said.");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(q.text().startsWith("\u00ab"));
        assertEquals("the coach", q.speaker().text());
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        String text = "\u201cHe looked at me and said \u2018never again\u2019 before he left,\u201d Mia Roth recalled.";
        Quote q = only(text);
        assertTrue(q.text().contains("\u2018never again\u2019"));
        assertEquals("Mia Roth", q.speaker().text());
        assertEquals("recalled", q.cue().text());
    }

    @Test
    void dashAttributionUnderAQuote() {
        Quote q = only("\u201cThe best day of my life was the day I retired.\u201d \u2015 Paul Newby");
        assertEquals("Paul Newby", q.speaker().text());
    }

    @Test
    void transcriptLabelIsTheSpeakerNotAQuote() {
        String text = "HOST: Will you run again next year?\n\nOKAFOR: I have not decided yet.\n\nUPDATE: The interview was edited.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("Will you run again next year?", quotes.get(0).text());
        assertEquals("HOST", quotes.get(0).speaker().text());
        assertEquals("I have not decided yet.", quotes.get(1).text());
        assertEquals("OKAFOR", quotes.get(1).speaker().text());
    }

    @Test
    void transcriptTurnsOnSingleLinesInsideAParagraph() {
        String text = "The interview was recorded on Friday.\n\nHOST: Will you run again?\nOKAFOR: Not this time, no.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("Will you run again?", quotes.get(0).text());
        assertEquals("OKAFOR", quotes.get(1).speaker().text());
    }

    @Test
    void documentsSpeakToo() {
        Quote q = only("\u201cWe ask the board to reconsider its decision,\u201d the letter reads.");
        assertEquals("the letter", q.speaker().text());
        assertEquals("reads", q.cue().text());
    }
}
