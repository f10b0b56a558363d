package dev.lede.quote;

import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lede.quote.QuoteFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportedSpeechTest {

    @Test
    void saidThat() {
        Quote q = only("Ana Silva said that the factory would close by the end of the year.");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("the factory would close by the end of the year", q.text());
        assertEquals("Ana Silva", q.speaker().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void saidWithoutThat() {
        Quote q = only("The mayor said the new line would open in spring.");
        assertEquals("the new line would open in spring", q.text());
        assertEquals("The mayor", q.speaker().text());
    }

    @Test
    void statedThat() {
        Quote q = only("Ivan Petrov stated that the talks had failed.");
        assertEquals("the talks had failed", q.text());
        assertEquals("stated", q.cue().text());
    }

    @Test
    void toldReportersThat() {
        Quote q = only("The general told reporters that the troops would stay until March.");
        assertEquals("the troops would stay until March", q.text());
        assertEquals("The general", q.speaker().text());
        assertEquals("told", q.cue().text());
    }

    @Test
    void warnedAndEmphasised() {
        Quote warned = only("The central bank warned that inflation could rise again.");
        assertEquals("inflation could rise again", warned.text());
        Quote emph = only("She emphasised the need for cheaper housing in the capital.");
        assertEquals("the need for cheaper housing in the capital", emph.text());
        assertEquals("emphasised", emph.cue().text());
        assertEquals("She", emph.speaker().text());
        Quote reit = only("He reiterated his support for the peace plan.");
        assertEquals("reiterated", reit.cue().text());
    }

    @Test
    void attributionAtTheEnd() {
        Quote q = only("The shipment left the port on Monday, officials said.");
        assertEquals("The shipment left the port on Monday", q.text());
        assertEquals("officials", q.speaker().text());
    }

    @Test
    void accordingToBeforeAndAfter() {
        Quote before = only("According to the health ministry, 40 people were injured.");
        assertEquals("40 people were injured", before.text());
        assertEquals("the health ministry", before.speaker().text());
        assertEquals("According to", before.cue().text());
        Quote after = only("Forty people were injured, according to the health ministry.");
        assertEquals("Forty people were injured", after.text());
        assertEquals("the health ministry", after.speaker().text());
    }

    @Test
    void attributionInsideTheReportIsSplitIntoParts() {
        Quote q = only("The new plant, the company said, will employ 300 people.");
        assertEquals(2, q.parts().size());
        assertEquals("The new plant", q.parts().get(0).text());
        assertEquals("will employ 300 people", q.parts().get(1).text());
        assertEquals("the company", q.speaker().text());
    }

    @Test
    void reportedSpeechWithAQuotedFragmentIsMixed() {
        Quote q = only("Jonas Weber said the reform was \u201ca gift to landlords\u201d and would raise rents.");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("the reform was \u201ca gift to landlords\u201d and would raise rents", q.text());
        assertEquals("Jonas Weber", q.speaker().text());
    }

    @Test
    void passiveIsNotAttributedToAnyone() {
        assertEquals(List.of(), QuoteFixture.quotes("It was said that the castle was haunted."));
    }

    @Test
    void speechActWithoutClauseNeedsThat() {
        assertEquals(List.of(), QuoteFixture.quotes("Rutte condemned the attacks on civilian targets."));
        Quote q = only("Rutte condemned that civilians had been targeted.");
        assertNull(q.speaker().entity());
    }
}
