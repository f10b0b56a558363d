package dev.lede.quote;

import dev.lede.annotation.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotQuoteTest {

    @Test
    void creditLinesAreNotReports() {
        assertEquals(List.of(), QuoteFixture.quotes("(Reporting by Ana Lima; additional reporting by Tom Berg; editing by Kim Ode)"));
    }

    @Test
    void writersAsideIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("It is worth noting that the bridge has been closed twice this year."));
    }

    @Test
    void participleOfWhereIsNotAReport() {
        List<Quote> quotes = QuoteFixture.quotes("Writing for the city paper, Mara Velez noted that the bridge was closed twice.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("the bridge was closed twice", quotes.get(0).text());
    }

    @Test
    void scareQuotedTermIsNotAQuote() {
        String text = "The plan relies on a \u201ccoalition of the willing\u201d to protect the border.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("coalition")), () -> quotes.toString());
    }

    @Test
    void titleOfAWorkIsNotAQuote() {
        String text = "Her new film \u201cThe Long Road Home\u201d opens in cinemas next week.";
        assertEquals(List.of(), QuoteFixture.quotes(text));
    }

    @Test
    void showNameBeforeASpeakerIsNotTheSpeakersQuote() {
        String text = "In an interview on NBC's \"Meet the Press,\" Senator Jo Park said the vote would be close.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("the vote would be close", quotes.get(0).text());
        assertEquals("Senator Jo Park", quotes.get(0).speaker().text());
    }

    @Test
    void nicknameIsNotAQuote() {
        String text = "Fans call the striker \u201cThe Hammer\u201d and sing his name at every game.";
        assertEquals(List.of(), QuoteFixture.quotes(text));
    }

    @Test
    void apostrophesDoNotOpenQuotes() {
        String text = "Ukraine's grain exports rose in the '90s, and rock 'n' roll bands played at the farmers' fair.";
        assertEquals(List.of(), QuoteFixture.quotes(text));
    }

    @Test
    void curlyApostrophesDoNotOpenQuotes() {
        String text = "The leaders\u2019 summit in the \u201990s was Europe\u2019s biggest, with rock \u2019n\u2019 roll at night.";
        assertEquals(List.of(), QuoteFixture.quotes(text));
    }

    @Test
    void narrativeWithoutCueIsNotReportedSpeech() {
        String text = "The river flooded the valley in March. Farmers lost most of their crops.";
        assertEquals(List.of(), QuoteFixture.quotes(text));
    }

    @Test
    void whereSomeoneSpokeIsNotWhatTheySaid() {
        assertEquals(List.of(), QuoteFixture.quotes("The senator spoke at a gathering of farmers in Iowa on Friday."));
        List<Quote> topic = QuoteFixture.quotes("The senator talked to farmers about the price of diesel.");
        assertEquals(1, topic.size());
        assertEquals("the price of diesel", topic.get(0).text());
    }

    @Test
    void markupNumbersInMarksAreNotQuotes() {
        assertEquals(List.of(), QuoteFixture.quotes("The page embeds <tweet id=\"783492272595750912\"> below the story."));
    }

    @Test
    void conversationalBeliefIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("We think the bridge should have been finished years ago."));
        List<Quote> third = QuoteFixture.quotes("Residents think the bridge should have been finished years ago.");
        assertEquals(1, third.size());
        assertEquals("Residents", third.get(0).speaker().text());
    }
}
