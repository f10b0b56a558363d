package dev.lede.text;

import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Sentence texts joined by " || ". */
    private String sentences(String text) {
        return splitter.split(text, tokenizer.tokenize(text)).stream()
                .map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining(" || "));
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertEquals("The vote failed. || Why? || Nobody knows! || 2025 will tell.",
                sentences("The vote failed. Why? Nobody knows! 2025 will tell."));
    }

    @Test
    void allCapitalAbbreviationsOfDatelinesKeepTheSentence() {
        assertEquals("ST. LOUIS - Police closed the road.", sentences("ST. LOUIS - Police closed the road."));
        assertEquals("FT. MYERS, Fla. - Rain fell.", sentences("FT. MYERS, Fla. - Rain fell."));
        assertEquals("They voted YES. || The count ended.", sentences("They voted YES. The count ended."));
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertEquals("Prices rose... but not by much.", sentences("Prices rose... but not by much."));
    }

    @Test
    void ellipsisFollowedByACapitalEndsASentence() {
        assertEquals("We waited… || Nothing came.", sentences("We waited… Nothing came."));
    }

    @Test
    void closingQuoteStaysWithTheSentenceItCloses() {
        assertEquals("“We will rebuild.” || The mayor left.", sentences("“We will rebuild.” The mayor left."));
        assertEquals("“Talks matter. || They must go on,” the envoy added. || He left.",
                sentences("“Talks matter. They must go on,” the envoy added. He left."));
        assertEquals("He said \"stop.\" || \"Why?\" she asked.", sentences("He said \"stop.\" \"Why?\" she asked."));
        assertEquals("(It was late.) || Then it rained.", sentences("(It was late.) Then it rained."));
    }

    @Test
    void quoteEndingInAMarkFollowedByItsAttributionIsOneSentence() {
        assertEquals("“Why not?” Mayor Ana Ruiz asked. || She left.",
                sentences("“Why not?” Mayor Ana Ruiz asked. She left."));
        assertEquals("“We won!” Ward said. || Fans cheered.", sentences("“We won!” Ward said. Fans cheered."));
        assertEquals("“We won!” || Ward thanked fans.", sentences("“We won!” Ward thanked fans."));
    }

    @Test
    void questionInsideAQuoteFollowedByLowerCaseDoesNotSplit() {
        assertEquals("“Is it over?” she asked.", sentences("“Is it over?” she asked."));
    }

    @Test
    void titlesNeverEndASentence() {
        assertEquals("Gen. Mark Ward met Sen. Ann Hill and Mr. Cole. || They spoke.",
                sentences("Gen. Mark Ward met Sen. Ann Hill and Mr. Cole. They spoke."));
        assertEquals("He lives at No. 10 Downing Street.", sentences("He lives at No. 10 Downing Street."));
        assertEquals("The case is U.S. v. Jones in Ohio.", sentences("The case is U.S. v. Jones in Ohio."));
        assertEquals("Use sources (e.g. The Times) only.", sentences("Use sources (e.g. The Times) only."));
    }

    @Test
    void acronymEndsASentenceOnlyBeforeASentenceOpener() {
        assertEquals("Aid flows to Europe and the U.S. || We need more.",
                sentences("Aid flows to Europe and the U.S. We need more."));
        assertEquals("The U.S. Senate voted on U.S. – Russia ties.",
                sentences("The U.S. Senate voted on U.S. – Russia ties."));
        assertEquals("Shares of Acme Inc. rose. || Acme Inc. || The firm declined to comment.",
                sentences("Shares of Acme Inc. rose. Acme Inc. The firm declined to comment."));
        assertEquals("Talks began Jan. 5 in Geneva.", sentences("Talks began Jan. 5 in Geneva."));
        assertEquals("He met the U.K. ambassador at 5 p.m. on Monday.",
                sentences("He met the U.K. ambassador at 5 p.m. on Monday."));
        assertEquals("Trade with the U.S. || “We are ready,” he said.",
                sentences("Trade with the U.S. “We are ready,” he said."));
    }

    @Test
    void stateAbbreviationsInDatelinesDoNotBreak() {
        assertEquals("PORTLAND, Ore. (AP) - Rain fell on Friday. || Roads closed.",
                sentences("PORTLAND, Ore. (AP) - Rain fell on Friday. Roads closed."));
        assertEquals("She holds a Ph.D. in physics, see p. 4 of the report.",
                sentences("She holds a Ph.D. in physics, see p. 4 of the report."));
    }

    @Test
    void initialsDoNotBreak() {
        assertEquals("J. R. R. Tolkien wrote it. || George W. Bush read it.",
                sentences("J. R. R. Tolkien wrote it. George W. Bush read it."));
    }

    @Test
    void decimalsUrlsAndEmailsDoNotBreak() {
        assertEquals("Growth was 2.5 percent, see reuters.com for more. || Mail ann@example.org now.",
                sentences("Growth was 2.5 percent, see reuters.com for more. Mail ann@example.org now."));
    }

    @Test
    void missingSpaceAfterAFullStopStillSplits() {
        assertEquals("The talks ended. || Next came the vote.", sentences("The talks ended.Next came the vote."));
        assertEquals("It ended.” || Then silence.", sentences("It ended.”Then silence."));
    }

    @Test
    void datelineStaysInTheFirstSentence() {
        assertEquals("KYIV, April 15 (Reuters) - Ukraine said on Tuesday it had struck a depot. || Russia denied it.",
                sentences("KYIV, April 15 (Reuters) - Ukraine said on Tuesday it had struck a depot. Russia denied it."));
    }

    @Test
    void paragraphBreaksAlwaysEndASentence() {
        assertEquals("A headline without a stop || The story starts here.",
                sentences("A headline without a stop\n\nThe story starts here."));
    }

    @Test
    void quotesSpanningParagraphsSplitAtTheParagraph() {
        String text = "“We will fight on.\n\n“We will not give up,” she said.";
        assertEquals("“We will fight on. || “We will not give up,” she said.", sentences(text));
    }

    @Test
    void sentencesIndexTheirTokens() {
        String text = "One two. Three four five.";
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> result = splitter.split(text, tokens);
        assertEquals(List.of(new Sentence(0, 8, 0, 3), new Sentence(9, 25, 3, 7)), result);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(0, splitter.split("", List.of()).size());
        assertEquals(0, splitter.split(" \n ", tokenizer.tokenize(" \n ")).size());
    }
}
