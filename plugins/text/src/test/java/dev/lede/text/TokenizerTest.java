package dev.lede.text;

import dev.lede.annotation.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    /** Token texts joined by " | ". */
    private String split(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.text(text)).collect(Collectors.joining(" | "));
    }

    private Token only(String text, String tokenText) {
        return tokenizer.tokenize(text).stream().filter(t -> t.text(text).equals(tokenText)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + tokenText + "' in " + split(text)));
    }

    @Test
    void curlyQuotesWithoutSpacesAreTokensOfTheirOwn() {
        assertEquals("backed | a | “ | coalition | of | the | willing | ” | plan",
                split("backed a“coalition of the willing” plan"));
        assertEquals("noting | : | “ | The | UK | will", split("noting:“The UK will"));
        assertEquals("‘ | Soon | , | ’ | she | said", split("‘Soon,’ she said"));
    }

    @Test
    void straightQuotesAndGuillemets() {
        assertEquals("He | said | \" | no | \" | and | « | oui | »", split("He said \"no\" and «oui»"));
        assertEquals("' | Never | ' | , | he | wrote", split("'Never', he wrote"));
    }

    @Test
    void possessivesAndContractionsSplitLikeThePennTreebank() {
        assertEquals("Kenya | 's | capital", split("Kenya's capital"));
        assertEquals("Kenya | ’s | capital", split("Kenya’s capital"));
        assertEquals("They | do | n't | know | and | ca | n’t | say", split("They don't know and can’t say"));
        assertEquals("we | 're | sure | I | 'm | here | you | 'll | see | they | 've | gone | he | 'd",
                split("we're sure I'm here you'll see they've gone he'd"));
        assertEquals("O'Brien | 's | rock | 'n' | roll | and | rock'n'roll", split("O'Brien's rock 'n' roll and rock'n'roll"));
        assertEquals("music | of | the | '90s", split("music of the '90s"));
        assertEquals("the | ministers | ' | meeting", split("the ministers' meeting"));
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertEquals("U.S. | and | U.K. | officials | met | Gen. | Ward | and | Sen. | Hill | on | Jan. | 5",
                split("U.S. and U.K. officials met Gen. Ward and Sen. Hill on Jan. 5"));
        assertEquals("Acme | Inc. | and | Bolt | Corp. | and | Dyke | Ltd. | , | e.g. | steel | , | i.e. | iron",
                split("Acme Inc. and Bolt Corp. and Dyke Ltd., e.g. steel, i.e. iron"));
        assertEquals("Mr. | Cole | and | Dr. | Ames | of | St. | Ives | at | No. | 10",
                split("Mr. Cole and Dr. Ames of St. Ives at No. 10"));
        assertEquals("at | 5 | p.m. | on | Friday", split("at 5 p.m. on Friday"));
        assertEquals("the | U.S.-led | force", split("the U.S.-led force"));
        assertEquals("a | Ph.D. | from | Salem | , | Ore. | , | see | p. | 4", split("a Ph.D. from Salem, Ore., see p. 4"));
        assertEquals("it | . | He | left", split("it.He left"));
    }

    @Test
    void noIsAnAbbreviationOnlyBeforeANumber() {
        assertEquals("He | said | No | . | Then | left", split("He said No. Then left"));
        assertEquals("No. | 10 | Downing | Street", split("No. 10 Downing Street"));
    }

    @Test
    void initialsKeepTheirPeriod() {
        assertEquals("J. | R. | R. | Tolkien | and | George | W. | Bush", split("J. R. R. Tolkien and George W. Bush"));
    }

    @Test
    void numbersKeepDecimalAndGroupingSeparators() {
        assertEquals("1,000.5 | tonnes | , | 3.14 | and | 12,500,000 | at | 10:30 | ; | 1/2", split("1,000.5 tonnes, 3.14 and 12,500,000 at 10:30; 1/2"));
        assertEquals(Token.Kind.NUMBER, only("worth 1,000.5 units", "1,000.5").kind());
        assertEquals("in | 2025 | .", split("in 2025."));
        assertEquals("hit | .265 | and | .5", split("hit .265 and .5"));
        assertEquals("a | 3½ | mile | , | 20 | km² | plot", split("a 3½ mile, 20 km² plot"));
    }

    @Test
    void currencyAmountsSplitIntoSignNumberAndMagnitude() {
        assertEquals("$ | 4.2 | bn | deal", split("$4.2bn deal"));
        assertEquals("€ | 20 | m | and | £ | 25 | m | and | US | $ | 3 | bn", split("€20m and £25m and US$3bn"));
        assertEquals("a | 100 | km | walk", split("a 100km walk"));
        assertEquals("the | 2nd | of | the | 1990s | on | 5G", split("the 2nd of the 1990s on 5G"));
    }

    @Test
    void percentagesSplitTheSign() {
        assertEquals("rose | 3 | % | to | 4.5 | %", split("rose 3% to 4.5%"));
        assertEquals(Token.Kind.SYMBOL, only("3%", "%").kind());
    }

    @Test
    void hyphenatedWordsAreOneToken() {
        assertEquals("a | well-known | 43-year-old | COVID-19 | patient", split("a well-known 43-year-old COVID-19 patient"));
        assertEquals("AT&T | and | S&P | 500", split("AT&T and S&P 500"));
    }

    @Test
    void dashesAreSeparateTokens() {
        assertEquals("talks | – | not | least | — | failed", split("talks – not least — failed"));
        assertEquals("talks | – | not | least | — | failed", split("talks–not least—failed"));
        assertEquals("KYIV | - | The | army", split("KYIV - The army"));
        assertEquals("yes | -- | no", split("yes -- no"));
    }

    @Test
    void ellipsesAreOneToken() {
        assertEquals("wait | … | what | ... | now | ?!", split("wait… what... now?!"));
    }

    @Test
    void urlsEmailsHandlesAndHashtagsAreOneTokenEach() {
        String text = "See https://example.org/a/b?x=1&y=(2). Or www.example.com, mail ann.lee@example.co.uk, "
                + "follow @lede_news and #Election2025 (or visit example.com/news).";
        assertEquals("See | https://example.org/a/b?x=1&y=(2) | . | Or | www.example.com | , | mail | "
                + "ann.lee@example.co.uk | , | follow | @lede_news | and | #Election2025 | ( | or | visit | "
                + "example.com/news | ) | .", split(text));
        assertEquals(Token.Kind.URL, only(text, "www.example.com").kind());
        assertEquals(Token.Kind.URL, only(text, "example.com/news").kind());
        assertEquals(Token.Kind.EMAIL, only(text, "ann.lee@example.co.uk").kind());
        assertEquals(Token.Kind.HANDLE, only(text, "@lede_news").kind());
        assertEquals(Token.Kind.HASHTAG, only(text, "#Election2025").kind());
    }

    @Test
    void aHashBeforeANumberIsNotAHashtag() {
        assertEquals("ranked | # | 1", split("ranked #1"));
    }

    @Test
    void datelines() {
        assertEquals("KYIV | , | April | 15 | ( | Reuters | ) | - | Ukraine", split("KYIV, April 15 (Reuters) - Ukraine"));
        assertEquals("WASHINGTON | , | D.C. | — | The", split("WASHINGTON, D.C. — The"));
    }

    @Test
    void emojiAndAstralCharactersAreNeverSplit() {
        String text = "Great 👍🏽 news 🇺🇦 team 👩‍💻 and 😀😀 and 𝒜x";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals("Great | 👍🏽 | news | 🇺🇦 | team | 👩‍💻 | and | 😀 | 😀 | and | 𝒜x", split(text));
        assertEquals(Token.Kind.EMOJI, only(text, "🇺🇦").kind());
        for (Token t : tokens) {
            assertTrue(!Character.isLowSurrogate(text.charAt(t.start())), "token starts inside a pair: " + t);
            assertTrue(!Character.isHighSurrogate(text.charAt(t.end() - 1)), "token ends inside a pair: " + t);
        }
        Token thumbs = only(text, "👍🏽");
        assertEquals(6, thumbs.start());
        assertEquals(10, thumbs.end());
    }

    @Test
    void unicodeSpacesSeparateTokens() {
        assertEquals("20 | billion | euros | in | Kyiv", split("20\u00A0billion\u202Feuros\u2009in\u200BKyiv"));
        assertEquals("a | b", split("\uFEFFa\u3000b "));
    }

    @Test
    void missingSpaceAfterSentencePunctuation() {
        assertEquals("the | end | . | Next | day", split("the end.Next day"));
        assertEquals("it | rose | 2.5 | % | . | Shares | fell", split("it rose 2.5%.Shares fell"));
        assertEquals("ended | ! | Then", split("ended!Then"));
    }

    @Test
    void offsetsPointIntoTheUntouchedText() {
        String text = "  “Yes,” said Ann\u00A0Lee.\r\n";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(new Token(2, 3, Token.Kind.PUNCTUATION), tokens.get(0));
        assertEquals(new Token(3, 6, Token.Kind.WORD), tokens.get(1));
        StringBuilder rebuilt = new StringBuilder();
        for (Token t : tokens) {
            rebuilt.append(text, t.start(), t.end());
        }
        assertEquals(text.replaceAll("[\\s\\u00A0]", ""), rebuilt.toString());
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertEquals(0, tokenizer.tokenize("").size());
        assertEquals(0, tokenizer.tokenize(" \n\t\u00A0").size());
    }
}
