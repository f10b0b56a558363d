package dev.lede.entity.model;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {

    static Words words(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        return Words.of(text, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
    }

    @Test
    void keepsAbbreviationsInitialsAndInnerApostrophesTogether() {
        Words w = words("Mr. O'Neill met U.S. envoys and J. Smith's team in Port-au-Prince.");
        List<String> list = Arrays.asList(w.words());
        assertTrue(list.contains("Mr."), list.toString());
        assertTrue(list.contains("O'Neill"), list.toString());
        assertTrue(list.contains("U.S."), list.toString());
        assertTrue(list.contains("J."), list.toString());
        assertTrue(list.contains("'s"), list.toString());
        assertTrue(list.contains("Port-au-Prince"), list.toString());
        assertEquals("Smith", w.word(list.indexOf("'s") - 1));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "The U.S. Senate voted.";
        Words w = words(text);
        for (int i = 0; i < w.size(); i++) {
            assertEquals(w.word(i), text.substring(w.starts()[i], w.ends()[i]));
        }
    }

    @Test
    void sentenceGoesOnAfterAnInitialButBreaksAtALineBreak() {
        Words w = words("Officials said J. Harper would resign\nMarkets fell");
        int harper = Arrays.asList(w.words()).indexOf("Harper");
        int markets = Arrays.asList(w.words()).indexOf("Markets");
        assertEquals(0, w.sentenceStart()[harper]);
        assertEquals(markets, w.sentenceStart()[markets]);
        assertEquals(markets, w.sentenceEnd()[harper]);
    }
}
