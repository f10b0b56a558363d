package dev.lede.quote;

import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lede.quote.QuoteFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where reported speech starts and ends, and who says it, in harder sentences. */
class ReportBoundaryTest {

    @Test
    void secondVerbOfTheSameSubjectIsItsOwnReport() {
        List<Quote> quotes = QuoteFixture.quotes("The union attacked the pension plan and warned that jobs would go abroad.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("the pension plan", quotes.get(0).text());
        assertEquals("jobs would go abroad", quotes.get(1).text());
        assertEquals("The union", quotes.get(1).speaker().text());
    }

    @Test
    void invertedAttributionWithALongAppositive() {
        Quote q = only("The ferry will run again next week, said Ana Ruiz, a spokeswoman for the port authority.");
        assertEquals("The ferry will run again next week", q.text());
        assertEquals("Ana Ruiz", q.speaker().text());
    }

    @Test
    void occasionOfTheReportIsNotItsContent() {
        Quote q = only("The mayor welcomed the decision in a statement on Monday.");
        assertEquals("the decision", q.text());
    }

    @Test
    void contrastEndsTheReport() {
        Quote q = only("Ana Costa said the plan was sound, but critics were not convinced.");
        assertEquals("the plan was sound", q.text());
    }

    @Test
    void newClauseAfterCommaAndEndsTheReport() {
        Quote q = only("The bank said it is cutting its forecast for growth, and the cut is weighing on the markets.");
        assertEquals("it is cutting its forecast for growth", q.text());
    }

    @Test
    void coordinatedObjectAfterCommaAndStaysInTheReport() {
        Quote q = only("The bank said it is cutting its forecast for growth, and its outlook for jobs.");
        assertEquals("it is cutting its forecast for growth, and its outlook for jobs", q.text());
    }

    @Test
    void participleCueAfterCommaAndIsASecondReport() {
        List<Quote> quotes = QuoteFixture.quotes("The governor criticised the budget cuts, and calling for new taxes on landlords.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("the budget cuts", quotes.get(0).text());
        assertEquals("new taxes on landlords", quotes.get(1).text());
        assertEquals("The governor", quotes.get(1).speaker().text());
    }

    @Test
    void passiveWithAnAgentReportsTheSubject() {
        Quote q = only("The new housing plan was endorsed by the city council on Tuesday.");
        assertEquals("The new housing plan", q.text());
        assertEquals("the city council", q.speaker().text());
        assertEquals("endorsed", q.cue().text());
    }

    @Test
    void passiveWithAPronounSubjectIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("They were backed by the mayor and his aides."));
    }

    @Test
    void coordinatedVerbAfterAnObjectEndsTheReport() {
        Quote q = only("The White House has promised a veto and started to lobby senators of both parties.");
        assertEquals("a veto", q.text());
    }

    @Test
    void coordinatedVerbInsideAReportedClauseStaysInIt() {
        Quote q = only("Officials said the bill stalled in committee and was withdrawn on Friday.");
        assertEquals("the bill stalled in committee and was withdrawn on Friday", q.text());
    }

    @Test
    void cueAfterAGoverningVerbKeepsTheSubject() {
        Quote q = only("The senator continued to insist that the audit had cleared her office.");
        assertEquals("the audit had cleared her office", q.text());
        assertEquals("The senator", q.speaker().text());
    }

    @Test
    void askedTakesAnAddressee() {
        Quote q = only("The mayor asked the council to delay the vote on the new stadium.");
        assertEquals("to delay the vote on the new stadium", q.text());
        assertEquals("The mayor", q.speaker().text());
    }

    @Test
    void relativeWhereAfterTheReportEndsIt() {
        Quote q = only("Surveys show a tight race in the county, where turnout is usually low.");
        assertEquals("a tight race in the county", q.text());
    }

    @Test
    void callingSomethingAnAdjectiveIsAReport() {
        List<Quote> quotes = QuoteFixture.quotes("The company called the allegations baseless and vowed to fight them.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("the allegations baseless", quotes.get(0).text());
        assertEquals("The company", quotes.get(0).speaker().text());
        assertEquals("to fight them", quotes.get(1).text());
    }

    @Test
    void callingSomeoneToAPlaceIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("The coach called the players together after practice."));
    }

    @Test
    void nounLikeCueInAVerbSlotIsAVerb() {
        Quote q = only("The club's new owner, Dana Reyes, plans to sell the stadium next year.");
        assertEquals("to sell the stadium next year", q.text());
        assertEquals("The club's new owner", q.speaker().text()); // the head before the appositive
    }

    @Test
    void nounLikeCueAfterANounStaysANoun() {
        assertEquals(List.of(), QuoteFixture.quotes("The city drew up transit plans to ease traffic downtown."));
    }

    @Test
    void relativeThatBeforeANounLikeVerb() {
        Quote q = only("A brief was filed on Monday by several towns that support the new rules.");
        assertEquals("the new rules", q.text());
    }

    @Test
    void relativeClauseWithItsOwnCueIsASecondReport() {
        List<Quote> quotes = QuoteFixture.quotes("The union endorsed Maria Lopez, who says she will raise wages.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("Maria Lopez", quotes.get(0).text());
        assertEquals("she will raise wages", quotes.get(1).text());
    }

    @Test
    void passiveAfterAnOrdinalAdverb() {
        Quote q = only("The zoning dispute was first reported by the Daily Star.");
        assertEquals("The zoning dispute", q.text());
        assertEquals("the Daily Star", q.speaker().text());
    }

    @Test
    void participleAfterItsNounReportsTheNoun() {
        List<Quote> quotes = QuoteFixture.quotes("The plan is dead (a view echoed by the city planners).");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("a view", quotes.get(0).text());
        assertEquals("the city planners", quotes.get(0).speaker().text());
    }

    @Test
    void madeItClearIsACue() {
        Quote q = only("The governor made it clear that the budget would not grow.");
        assertEquals("the budget would not grow", q.text());
        assertEquals("made it clear", q.cue().text());
    }

    @Test
    void likeningIsANamingReport() {
        Quote q = only("The coach likened the new league to a circus.");
        assertEquals("the new league to a circus", q.text());
    }

    @Test
    void comparingTwoThingsWithoutToIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("Shoppers compared prices at the market."));
    }

    @Test
    void quoteOnlyCueWithThatReportsTheClause() {
        Quote q = only("The mayor joked that the council never agrees on anything.");
        assertEquals("the council never agrees on anything", q.text());
    }

    @Test
    void cueAfterOrSharesTheSubject() {
        List<Quote> quotes = QuoteFixture.quotes("The board could delay the sale or decline to approve it.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("to approve it", quotes.get(0).text());
        assertEquals("The board", quotes.get(0).speaker().text());
    }

    @Test
    void cueAfterButAndAnAuxiliarySharesTheSubject() {
        List<Quote> quotes = QuoteFixture.quotes("The minister backed the new tariffs but has said she will review them in spring.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("she will review them in spring", quotes.get(1).text());
        assertEquals("The minister", quotes.get(1).speaker().text());
    }

    @Test
    void horizontalBarEndsTheReport() {
        Quote q = only("The mayor noted that the bridge had closed twice \u2015 as the paper had reported.");
        assertEquals("the bridge had closed twice", q.text());
    }

    @Test
    void invertedAttributionWithARelativeInTheAppositive() {
        Quote q = only("The ferry will run again next week, said Ana Ruiz, an official with the agency that runs the port.");
        assertEquals("The ferry will run again next week", q.text());
        assertEquals("Ana Ruiz", q.speaker().text());
    }

    @Test
    void toldSomeoneHowReportsTheQuestionClause() {
        Quote q = only("The pollster told the radio host on Thursday how surprised he was that turnout had been so low.");
        assertEquals("how surprised he was that turnout had been so low", q.text());
    }

    @Test
    void relativeReportEndsWithItsClause() {
        Quote q = only("The families, many of whom say the claims are unfounded, met on Monday.");
        assertEquals("the claims are unfounded", q.text());
        assertEquals("whom", q.speaker().text());
    }

    @Test
    void stateOfMindBeforeThatIsAReport() {
        Quote q = only("Many farmers are afraid that the new tariffs will close their markets.");
        assertEquals("the new tariffs will close their markets", q.text());
        assertEquals("Many farmers", q.speaker().text());
    }

    @Test
    void assumingAnOfficeIsNotAReport() {
        assertEquals(List.of(), QuoteFixture.quotes("The new governor will assume office in January."));
    }

    @Test
    void mannerAdverbBeforeThatIsNotContent() {
        Quote q = only("Residents complained bitterly that the buses never came on time.");
        assertEquals("the buses never came on time", q.text());
    }

    @Test
    void subordinateClauseAfterAndEndsAtItsComma() {
        Quote q = only("And while the mayor has railed against the toll, she has kept it for now.");
        assertEquals("the toll", q.text());
    }

    @Test
    void commaWhenAfterTheReportEndsIt() {
        Quote q = only("The senator keeps saying she opposed the war, when the record shows otherwise.");
        assertEquals("she opposed the war", q.text());
    }

    @Test
    void quotationEndingItsSentenceEndsIt() {
        String text = "Lee says the law is \u201ca disgrace to the whole state.\u201d She says it must be repealed.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals(QuoteKind.MIXED, quotes.get(0).kind());
        assertTrue(quotes.get(0).text().endsWith("state.\u201d"));
        assertEquals("it must be repealed", quotes.get(1).text());
        assertEquals("She", quotes.get(1).speaker().text());
    }

    @Test
    void shortQuotedWordNextToACueIsSpeech() {
        List<Quote> quotes = QuoteFixture.quotes("The senator called the bill \u201creckless\u201d and vowed to block it.");
        assertEquals(2, quotes.size(), () -> quotes.toString());
        Quote q = quotes.get(0);
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("the bill \u201creckless\u201d", q.text());
        assertEquals("The senator", q.speaker().text());
        assertEquals("to block it", quotes.get(1).text());
    }

    @Test
    void shortQuotedTermWithoutACueIsLeftOut() {
        assertEquals(List.of(), QuoteFixture.quotes("Voters in the \u201crust belt\u201d towns stayed home this year."));
    }

    @Test
    void participleInAnOpeningPhraseIsNotTheReport() {
        Quote q = only("In a statement announcing the deal, the company said profits would rise.");
        assertEquals("profits would rise", q.text());
        assertEquals("the company", q.speaker().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void accordingToALongSource() {
        Quote q = only("According to a complaint filed by the regulator last year, the firm hid its losses.");
        assertEquals("the firm hid its losses", q.text());
        assertTrue(q.speaker().text().startsWith("a complaint"));
    }

    @Test
    void headlineInTitleCase() {
        Quote q = only("Mayor Says Bridge Will Reopen In May");
        assertEquals("Says", q.cue().text());
        assertEquals("Bridge Will Reopen In May", q.text());
    }

    @Test
    void accusationContentIsTheCharge() {
        Quote q = only("The opposition accused the governor, Tom Reyes, of \u201cselling out the coast.\u201d");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().startsWith("of \u201cselling"));
        assertEquals("The opposition", q.speaker().text());
    }

    @Test
    void participleAfterADirectQuote() {
        String text = "The company said: \"Sales doubled in the first year of trading,\" adding that profits would follow.";
        List<Quote> quotes = QuoteFixture.quotes(text);
        assertEquals(2, quotes.size(), () -> quotes.toString());
        assertEquals("profits would follow", quotes.get(1).text());
        assertEquals("The company", quotes.get(1).speaker().text());
    }

    @Test
    void participleOpeningTheSentence() {
        List<Quote> quotes = QuoteFixture.quotes("Arguing that the tax was unfair, Mayor Lin vetoed the budget.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("the tax was unfair", quotes.get(0).text());
        assertEquals("Mayor Lin", quotes.get(0).speaker().text());
    }

    @Test
    void aWireDatelineIsNotPartOfTheReport() {
        List<Quote> quotes = QuoteFixture.quotes(
                "LISBON, Portugal, May 3 (Lede Wire) - The port will close for two days, its director said on Monday.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("The port will close for two days", quotes.get(0).text());
    }
}
