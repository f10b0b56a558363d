package dev.lede.quote;

import dev.lede.annotation.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lede.quote.QuoteFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Speaker phrases with a prepositional modifier, where a report ends, and what verbs of speaking report. */
class SpeakerModifierAndTopicTest {

    @Test
    void invertedSpeakerWithAModifierAfterTheCue() {
        Quote q = only("The talks broke down after midnight, said one diplomat at the summit.");
        assertEquals("The talks broke down after midnight", q.text());
        assertEquals("one diplomat at the summit", q.speaker().text());
    }

    @Test
    void speakerWithAModifierBeforeTheCue() {
        Quote q = only("The tenants had no heating all winter, lawyers for the families said.");
        assertEquals("The tenants had no heating all winter", q.text());
        assertEquals("lawyers for the families", q.speaker().text());
    }

    @Test
    void anotherSpeakersReportEndsTheFirst() {
        List<Quote> quotes = QuoteFixture.quotes(
                "Farmers said the new tariff would ruin them and Ministers insisted that prices would stay low.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("the new tariff would ruin them", quotes.get(0).text());
        assertEquals("Farmers", quotes.get(0).speaker().text());
        assertEquals("prices would stay low", quotes.get(1).text());
        assertEquals("Ministers", quotes.get(1).speaker().text());
    }

    @Test
    void verbsOfSpeakingReportTheirTopic() {
        assertEquals("the flood defences", only("The mayor spoke to residents about the flood defences.").text());
        assertEquals("her childhood in the valley", only("The author spoke warmly of her childhood in the valley.").text());
    }

    @Test
    void whereAndHowLongSomeoneSpokeIsNoReport() {
        assertEquals(List.of(), QuoteFixture.quotes("The two leaders spoke for about ten minutes."));
        assertEquals(List.of(), QuoteFixture.quotes("The governor spoke at a gathering of farmers in the county."));
        assertEquals(List.of(), QuoteFixture.quotes("Speaking to students in the capital, the minister smiled."));
    }

    @Test
    void aWeekdayIsNotTheSubject() {
        Quote q = only("On Tuesday, however, Governor Alvarez visited the unions, promising to raise wages next year.");
        assertEquals("to raise wages next year", q.text());
        assertEquals("Governor Alvarez", q.speaker().text());
    }

    @Test
    void aTimeOrPlaceAfterAClauseBelongsToWhatWasSaid() {
        assertEquals("the bridge would stay closed during the holidays",
                only("The council said the bridge would stay closed during the holidays.").text());
        assertEquals("she had visited the plant in an interview",
                only("Marta Kowalski said she had visited the plant in an interview.").text());
    }

    @Test
    void anOccasionAfterABareObjectIsWhereItWasSaid() {
        Quote q = only("Marta Kowalski praised the new budget in a statement on Thursday.");
        assertEquals("the new budget", q.text());
        assertEquals("praised", q.cue().text());
    }

    @Test
    void hyphenatedAndRankedWordsBelongToTheSource() {
        Quote q = only("Rents rose by a fifth last year, according to the union-funded research institute, more than in 2010.");
        assertEquals("Rents rose by a fifth last year", q.text());
        assertEquals("the union-funded research institute", q.speaker().text());
        Quote top = only("Half of the patients improved, according to the top medical journal.");
        assertEquals("the top medical journal", top.speaker().text());
    }

    @Test
    void anInfinitiveAfterTheCueIsTheContent() {
        Quote q = only("She wants to close the coal plants in Ohio, Texas and Utah.");
        assertEquals("to close the coal plants in Ohio, Texas and Utah", q.text());
    }

    @Test
    void aTrailingAccordingToTakesOverTheReportItCovers() {
        Quote q = only("Dana Ortiz plans to visit the flooded towns on Sunday, according to a campaign aide.");
        assertEquals("Dana Ortiz plans to visit the flooded towns on Sunday", q.text());
        assertEquals("a campaign aide", q.speaker().text());
        assertEquals("according to", q.cue().text());
    }

    @Test
    void namingWithAPredicateIsAReport() {
        Quote q = only("The union called the new contract a betrayal of its members.");
        assertEquals("the new contract a betrayal of its members", q.text());
        assertEquals("The union", q.speaker().text());
        assertEquals("her rival as a fraud", only("She described her rival as a fraud.").text());
    }

    @Test
    void callingSomeoneOrCallingAMeetingIsNoReport() {
        assertEquals(List.of(), QuoteFixture.quotes("The mayor called the governor on Friday."));
        assertEquals(List.of(), QuoteFixture.quotes("The senator called a press conference."));
    }

    @Test
    void aSubjectAboutADocumentShowsLikeASpeaker() {
        Quote q = only("The average of polls taken over the past two weeks shows the mayor leading by three points.");
        assertEquals("the mayor leading by three points", q.text());
        assertEquals("The average of polls taken over the past two weeks", q.speaker().text());
        assertEquals(List.of(), QuoteFixture.quotes("Based on the evidence of the audit, Sanders shows restraint."));
    }

    @Test
    void whatSomeoneCalledAQuotedWordIsAMixedQuote() {
        Quote q = only("She had been in hospital for weeks after what she called a \u201crant,\u201d a series of posts.");
        assertEquals(dev.lede.annotation.QuoteKind.MIXED, q.kind());
        assertEquals("what she called a \u201crant,\u201d", q.text());
        assertEquals("she", q.speaker().text());
        Quote named = only("They contrast her plan with what they call Smith\u2019s \u201cselfish message.\u201d");
        assertEquals("what they call Smith\u2019s \u201cselfish message.\u201d", named.text());
    }

    @Test
    void anOpeningPhraseBeforeAnInterruptingAttributionIsNotReported() {
        Quote q = only("During his years in office, the mayor said, most voters have come to trust the police.");
        assertEquals("most voters have come to trust the police", q.text());
        assertEquals("the mayor", q.speaker().text());
    }

    @Test
    void theReportBeforeAnInterruptingAttributionStartsAfterBut() {
        Quote q = only("The city had resisted such rules, but the smog had become so bad, the mayor noted, that schools closed.");
        assertEquals("the smog had become so bad, the mayor noted, that schools closed", q.text());
        assertEquals(2, q.parts().size());
        assertEquals("the smog had become so bad", q.parts().get(0).text());
    }

    @Test
    void markupAttributeValuesAreNotQuotes() {
        assertEquals(List.of(), QuoteFixture.quotes(
                "The post was shared widely. <post author=\"local news desk today\" link=\"see the full thread here\">"));
    }

    @Test
    void aTimeBetweenSpeakerAndCueIsSkipped() {
        assertEquals("Ruiz", only("Ruiz this week also said the plant would close.").speaker().text());
        assertEquals("The mayor", only("The mayor last month warned that rents would rise.").speaker().text());
    }

    @Test
    void aDashAppositiveStandsBetweenSpeakerAndCue() {
        Quote q = only("Ana Ruiz \u2014 the new mayor of the town \u2014 said the plant would close.");
        assertEquals("the plant would close", q.text());
        assertEquals("Ana Ruiz", q.speaker().text());
        assertEquals("Kall", only("Kall -- co-editor of a book about debates -- said the rules had changed.").speaker().text());
    }

    @Test
    void aClauseAfterTheAttributionAndADatelineAreNotContent() {
        Quote q = only("BERLIN \u2014 The new law is an insult to voters, top lawmakers said Friday, as they gathered outside.");
        assertEquals("The new law is an insult to voters", q.text());
        assertEquals("top lawmakers", q.speaker().text());
    }

    @Test
    void aNounLikeCueWordCanModifyTheSourceNoun() {
        Quote q = only("The host often mocked the contestants, according to show insiders.");
        assertEquals("The host often mocked the contestants", q.text());
        assertEquals("show insiders", q.speaker().text());
    }
}
