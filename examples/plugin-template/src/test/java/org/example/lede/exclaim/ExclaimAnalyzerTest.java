package org.example.lede.exclaim;

import dev.lede.analyzer.Analyzer;
import dev.lede.document.AnnotatedDocument;
import dev.lede.testkit.TestContext;
import dev.lede.testkit.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the analyzer finds, on texts written for this test. */
class ExclaimAnalyzerTest {

    private static List<String> exclaims(Map<String, String> options, String text) throws Exception {
        Analyzer analyzer = new ExclaimAnalyzerProvider().create(TestContext.of(options));
        AnnotatedDocument doc = TestDocuments.withText(text); // tokens, sentences and paragraphs made by Lede
        analyzer.analyze(doc);
        return doc.layer(ExclaimAnalyzerProvider.EXCLAIMS).stream().map(Exclaim::text).toList();
    }

    @Test
    void findsTheSentencesThatEndInAnExclamationMark() throws Exception {
        assertEquals(List.of("Stop!", "What a day!"),
                exclaims(Map.of(), "Stop! The council voted on Tuesday. What a day!"));
    }

    @Test
    void theMinLengthOptionDropsShortOnes() throws Exception {
        assertEquals(List.of("What a day!"),
                exclaims(Map.of("minLength", "6"), "Stop! The council voted on Tuesday. What a day!"));
    }
}
