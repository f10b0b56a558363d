package dev.lede.quote;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.Layers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconAndProviderTest {

    @Test
    void lexiconHasBothSpellingsAndMultiWordCues() {
        CueLexicon cues = CueLexicon.load();
        List<Word> ws = WordLexer.lex("emphasised emphasized according to pointed out walked", 0, 52);
        assertEquals(CueClass.SPEECH, cues.at(ws, 0).cueClass());
        assertEquals(CueClass.SPEECH, cues.at(ws, 1).cueClass());
        CueLexicon.Match according = cues.at(ws, 2);
        assertEquals(CueClass.SOURCE, according.cueClass());
        assertEquals(4, according.to());
        assertEquals(6, cues.at(ws, 4).to());
        assertNull(cues.at(ws, 6));
        assertTrue(cues.nounLike("plans"));
    }

    @Test
    void statesOfMindNeedAThatClauseAndQuoteOnlyCuesStayQuoteOnly() {
        CueLexicon cues = CueLexicon.load();
        String text = "afraid assumed joked denounced pushed for";
        List<Word> ws = WordLexer.lex(text, 0, text.length());
        assertEquals(CueClass.ACT, cues.at(ws, 0).cueClass());
        assertEquals(CueClass.ACT, cues.at(ws, 1).cueClass());
        assertEquals(CueClass.QUOTE, cues.at(ws, 2).cueClass());
        assertEquals(CueClass.SPEECH, cues.at(ws, 3).cueClass());
        assertEquals(6, cues.at(ws, 4).to()); // "pushed for" is one two-word cue
    }

    @Test
    void providerIsRegisteredWithItsLayers() {
        AnalyzerProvider found = null;
        for (AnalyzerProvider p : ServiceLoader.load(AnalyzerProvider.class)) {
            if (p.name().equals("quote")) {
                found = p;
            }
        }
        assertNotNull(found, "quote provider not registered");
        assertTrue(found.requires().containsAll(List.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS,
                Layers.ENTITIES)));
        assertEquals(java.util.Set.of(Layers.QUOTES), found.provides());
    }

    @Test
    void lexerKeepsAbbreviationsAndDecimals() {
        List<Word> ws = WordLexer.lex("Mr. Obama paid $14.5 million in the U.S. today.", 0, 47);
        assertEquals("mr.", ws.get(0).lower());
        assertTrue(ws.stream().anyMatch(w -> w.text().equals("14.5")));
        assertTrue(ws.stream().anyMatch(w -> w.text().equals("U.S.")));
    }
}
