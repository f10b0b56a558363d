package dev.lede.text;

import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextAnalyzerTest {

    @Test
    void putsTokensSentencesAndParagraphsWithConsistentIndexes() {
        String text = "ODESA (Wire) - Aid to the U.S. and Europe rose 3%.\n\n“We need $4.2bn,” Gen. Ward said. "
                + "He left.";
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("d1", text));
        new TextAnalyzer().analyze(doc);
        List<Token> tokens = doc.layer(Layers.TOKENS);
        List<Sentence> sentences = doc.layer(Layers.SENTENCES);
        List<Paragraph> paragraphs = doc.layer(Layers.PARAGRAPHS);

        assertEquals(2, paragraphs.size());
        assertEquals(3, sentences.size());
        assertEquals("“We need $4.2bn,” Gen. Ward said.", text.substring(sentences.get(1).start(), sentences.get(1).end()));
        int expectedFirst = 0;
        for (Sentence s : sentences) {
            assertEquals(expectedFirst, s.firstToken());
            assertEquals(tokens.get(s.firstToken()).start(), s.start());
            assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
            expectedFirst = s.endToken();
        }
        assertEquals(tokens.size(), expectedFirst);
    }
}
