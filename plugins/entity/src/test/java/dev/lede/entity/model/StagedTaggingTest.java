package dev.lede.entity.model;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tagger's fast path (both stages merged in a {@link StagedModel}, transition rows looked up once and cached)
 * must tag exactly as decoding each shipped stage on its own through {@link Viterbi}'s {@link FeatureScorer} path,
 * the one the trainer uses. Articles written for this test.
 */
class StagedTaggingTest {
    private static final String[] ARTICLES = {
        """
        KENYA WINS BID TO HOST AFRICAN GAMES

        NAIROBI, March 3 (Lede) - Kenya will host the African Games in 2031, the Association of National Olympic \
        Committees of Africa said on Tuesday, after Nigeria withdrew its bid.

        Sports minister Amina Waweru told reporters in Nairobi that the Kasarani stadium would be rebuilt. "We are \
        ready," Waweru said. Officials from Safaricom and the World Bank attended the announcement.

        Waweru later flew to Addis Ababa to meet the African Union's Moussa Tchiroma.
        """,
        """
        Shares of Zentrova Labs rose 4% in Frankfurt after the company said its chief executive, Dr. Lena \
        Hartmann-Oyelaran, would step down. Zentrova, which makes sensors for Airbus and Siemens, has offices in \
        Munich, Lyon and São Paulo. Hartmann-Oyelaran joined in 2015 from BASF.
        """,
        """
        the list : Acme Corp ; the European Union ; Kenya ; Nairobi ; London ; the United Nations ; President Ruto ; \
        Reuters ; NATO ; British ; Kelmar Dostrin ; Vasco Tereli ; Oruba Fields ; IRTC ; 45 ; 1,200 percent ; \
        John Smith met Mary Jones and John Smith met Mary Jones again in London and Nairobi
        """,
    };

    private static StagedModel staged;
    private static PerceptronModel first;
    private static PerceptronModel second;
    private static Gazetteer gazetteer;
    private static WordClusters clusters;

    @BeforeAll
    static void load() {
        first = PerceptronModel.load();
        second = PerceptronModel.load(PerceptronModel.SECOND_STAGE_RESOURCE);
        staged = StagedModel.of(first, second);
        gazetteer = Gazetteer.load();
        clusters = WordClusters.load();
    }

    private static Words words(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        return Words.of(doc.text(), doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
    }

    /** Each stage decoded through its own model, as the tagger did before the stages were merged. */
    private static int[] reference(Words words, FeatureScorer one, FeatureScorer two) {
        FeatureExtractor features = new FeatureExtractor(gazetteer, clusters);
        DocumentContext context = DocumentContext.of(words);
        Viterbi viterbi = new Viterbi();
        int[] tags = new int[words.size()];
        List<long[][]> sentences = new ArrayList<>();
        for (int i = 0; i < words.size(); i = words.sentenceEnd()[i]) {
            long[][] f = features.sentenceFeatures(words, i, words.sentenceEnd()[i], context);
            viterbi.decode(words, i, words.sentenceEnd()[i], f, null, one, null, tags);
            sentences.add(f);
        }
        if (two == null) {
            return tags;
        }
        long[][] evidence = DocumentEvidence.features(List.of(new DocumentEvidence.Segment(words, 0, words.size(),
                tags)))[0];
        int[] out = new int[words.size()];
        int i = 0;
        for (long[][] f : sentences) {
            int end = words.sentenceEnd()[i];
            viterbi.decode(words, i, end, f, Arrays.copyOfRange(evidence, i, end), two, null, out);
            i = end;
        }
        return out;
    }

    @Test
    void mergedStagesTagExactlyAsEachStageAlone() {
        SequenceTagger tagger = new SequenceTagger(gazetteer, clusters, staged);
        int names = 0;
        for (String article : ARTICLES) {
            Words w = words(article);
            int[] expected = reference(w, first, second);
            assertArrayEquals(expected, tagger.tag(w), article);
            assertArrayEquals(expected, tagger.tag(w), "the second time, with the buffers and the cache reused");
            names += SequenceTagger.spans(expected).size();
        }
        assertTrue(names >= 15, "the fixtures exercise names: " + names);
    }

    @Test
    void firstStageAloneTagsAsTheFirstModel() {
        SequenceTagger tagger = new SequenceTagger(gazetteer, clusters, staged.firstStageOnly());
        for (String article : ARTICLES) {
            Words w = words(article);
            assertArrayEquals(reference(w, first, null), tagger.tag(w), article);
        }
    }

    @Test
    void theSecondStageChangesSomeTagOfTheFixtures() {
        // otherwise the test above would not show that the second stage's weights are the ones read
        boolean differs = false;
        for (String article : ARTICLES) {
            Words w = words(article);
            differs |= !Arrays.equals(reference(w, first, second), reference(w, first, null));
        }
        assertTrue(differs, "no fixture where the second stage changes a tag");
    }
}
